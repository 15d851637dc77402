import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamOverrideEntity } from '@hocso/server-core';

@ObjectType('ExamOverride', { description: "An accommodation or exception for one learner, or for everyone in an org unit's subtree" })
export class ExamOverrideModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId: string | null;

  @Field(() => Float, { nullable: true, description: 'multiplies the time limit (1.5 = half as much time again)' })
  timeMultiplier: number | null;

  @Field(() => Int, { nullable: true })
  extraAttempts: number | null;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  static from(override: ExamOverrideEntity): ExamOverrideModel {
    return Object.assign(new ExamOverrideModel(), {
      id: override.id,
      userId: override.userId,
      orgUnitId: override.orgUnitId,
      timeMultiplier: override.timeMultiplier,
      extraAttempts: override.extraAttempts,
      opensAt: override.opensAt,
      closesAt: override.closesAt,
    });
  }
}
