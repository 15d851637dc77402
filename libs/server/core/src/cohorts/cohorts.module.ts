import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { COHORT_ENTITIES } from './cohort-entities';
import { CohortMembershipService } from './cohort-membership.service';
import { CohortProgressService } from './cohort-progress.service';
import { CohortService } from './cohort.service';
import { CohortCandidatesService } from './cohort-candidates.service';

const SERVICES = [CohortService, CohortMembershipService, CohortProgressService, CohortCandidatesService];

@Module({ imports: [TypeOrmModule.forFeature(COHORT_ENTITIES)], providers: SERVICES, exports: SERVICES })
export class CohortsModule {}
