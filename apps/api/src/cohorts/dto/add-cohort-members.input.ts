import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';

@InputType({ description: 'Whom to add: people by id, and/or everyone of an org unit’s subtree (inside the cohort’s) of these audiences (none: all)' })
export class AddCohortMembersInput {
  @Field(() => [ID], { nullable: true, description: 'at most 500 a call' })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;

  @Field(() => [AudienceEnum], { nullable: true })
  audiences?: Audience[] | null;
}
