import { Module } from '@nestjs/common';
import { ExamOverrideService, ExamService, ExamsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { ExamLoaders } from './exam-loaders';
import { ExamOverridesResolver } from './exam-overrides.resolver';
import { ExamsResolver } from './exams.resolver';

const RESOLVERS = [ExamsResolver, ExamOverridesResolver];

@Module({ imports: [ExamsModule, RequestLoadersModule], providers: RESOLVERS })
export class ExamsApiModule {
  constructor(loaders: RequestLoaderRegistry, exams: ExamService, overrides: ExamOverrideService) {
    loaders.register('exams', (actorOf) => new ExamLoaders(exams, overrides, actorOf));
  }
}

export const EXAMS_API: ApiDomain = { module: ExamsApiModule, resolvers: RESOLVERS };
