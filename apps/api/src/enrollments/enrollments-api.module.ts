import { Module } from '@nestjs/common';
import { EnrollmentService, EnrollmentsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { EnrollmentLoaders } from './enrollment-loaders';
import { EnrollmentsResolver } from './enrollments.resolver';

const RESOLVERS = [EnrollmentsResolver];

@Module({ imports: [EnrollmentsModule, RequestLoadersModule], providers: RESOLVERS })
export class EnrollmentsApiModule {
  constructor(loaders: RequestLoaderRegistry, enrollments: EnrollmentService) {
    loaders.register('enrollments', (actorOf) => new EnrollmentLoaders(enrollments, actorOf));
  }
}

export const ENROLLMENTS_API: ApiDomain = { module: EnrollmentsApiModule, resolvers: RESOLVERS };
