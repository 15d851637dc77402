import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';

/** Cohorts and their members. */
export const COHORT_ENTITIES = [CohortEntity, CohortMemberEntity];
