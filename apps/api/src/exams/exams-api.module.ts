import { Module } from '@nestjs/common';
import { ExamService, ExamsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { ExamLoaders } from './exam-loaders';
import { ExamsResolver } from './exams.resolver';

const RESOLVERS = [ExamsResolver];

@Module({ imports: [ExamsModule, RequestLoadersModule], providers: RESOLVERS })
export class ExamsApiModule {
  constructor(loaders: RequestLoaderRegistry, exams: ExamService) {
    loaders.register('exams', (actorOf) => new ExamLoaders(exams, actorOf));
  }
}

export const EXAMS_API: ApiDomain = { module: ExamsApiModule, resolvers: RESOLVERS };
