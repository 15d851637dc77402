import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonRequirementState, PersonRequirementView } from '@hocso/server-core';
import { PersonRequirementStateEnum } from '../compliance-enums';

@ObjectType('PersonRequirement', { description: 'One person and one requirement covering them: where they stand and their terms' })
export class PersonRequirementModel {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => PersonRequirementStateEnum)
  state: PersonRequirementState;

  @Field(() => Date, { description: 'their due date, with their extension when they have one' })
  dueAt: Date;

  @Field(() => Date, { description: "the requirement's due date for them, before any extension" })
  baseDueAt: Date;

  @Field()
  extended: boolean;

  @Field(() => Date, { nullable: true, description: 'when they met it (the last time, for a recurring requirement); null while not met' })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  exemptionReason: string | null;

  @Field(() => String, { nullable: true })
  extensionReason: string | null;

  static from(view: PersonRequirementView): PersonRequirementModel {
    return Object.assign(new PersonRequirementModel(), {
      requirementId: view.requirementId,
      userId: view.userId,
      state: view.state,
      dueAt: view.dueAt,
      baseDueAt: view.baseDueAt,
      extended: view.extended,
      completedAt: view.completedAt,
      exemptionReason: view.exemptionReason,
      extensionReason: view.extensionReason,
    });
  }
}
