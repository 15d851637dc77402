import { registerEnumType } from '@nestjs/graphql';
import { PERSON_REQUIREMENT_STATES } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const PersonRequirementStateEnum = enumOf(PERSON_REQUIREMENT_STATES);
registerEnumType(PersonRequirementStateEnum, {
  name: 'PersonRequirementState',
  description: 'Where a covered person stands on a requirement: EXEMPT first, then COMPLETED, OVERDUE (past their due date), IN_PROGRESS, NOT_STARTED',
});

export const PersonRequirementActionEnum = actionEnum('PersonRequirementAction', "What the signed-in user may do to one person's terms of a requirement", {
  EXEMPT: 'exemptFromRequirement',
  REMOVE_EXEMPTION: 'removeRequirementExemption',
  EXTEND: 'extendRequirementDueDate',
  REMOVE_EXTENSION: 'removeRequirementExtension',
});
