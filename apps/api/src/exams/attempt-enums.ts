import { registerEnumType } from '@nestjs/graphql';
import { ATTEMPT_STATES } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const AttemptStateEnum = enumOf(ATTEMPT_STATES);

registerEnumType(AttemptStateEnum, {
  name: 'AttemptState',
  valuesMap: { NEEDS_GRADING: { description: 'submitted, waiting for a trainer to grade essays' } },
});
