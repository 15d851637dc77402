import type { CohortAction } from '@hocso/server-core';
import { actionEnum } from '../common/graphql-enums';

export const CohortActionEnum = actionEnum<CohortAction>('CohortAction', 'What one can do to a cohort; Cohort.allowedActions lists those the caller may do', {
  ADD_MEMBERS: 'addCohortMembers',
  VIEW_PROGRESS: 'Cohort.progress and Cohort.members',
});
