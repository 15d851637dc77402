import { Module } from '@nestjs/common';
import { CohortProgressService, CohortService, CohortsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { CohortLoaders } from './cohort-loaders';
import { CohortsResolver } from './cohorts.resolver';

const RESOLVERS = [CohortsResolver];

/** Cohorts: creating them, adding members and their progress; reads use the org unit and course loaders. */
@Module({ imports: [CohortsModule, RequestLoadersModule], providers: RESOLVERS })
export class CohortsApiModule {
  constructor(loaders: RequestLoaderRegistry, cohorts: CohortService, progress: CohortProgressService) {
    loaders.register('cohorts', (actorOf) => new CohortLoaders(cohorts, progress, actorOf));
  }
}

export const COHORTS_API: ApiDomain = { module: CohortsApiModule, resolvers: RESOLVERS };
