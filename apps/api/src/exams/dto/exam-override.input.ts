import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "An accommodation or exception for one learner, or for everyone in an org unit's subtree; null fields leave the exam's value" })
export class ExamOverrideInput {
  @Field(() => ID)
  examId: string;

  @Field(() => ID, { nullable: true, description: 'exactly one of userId and orgUnitId' })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;

  @Field(() => Float, { nullable: true, description: 'multiplies the time limit (1.5 = half as much time again), 1 to 5; applies to attempts in progress too' })
  timeMultiplier?: number | null;

  @Field(() => Int, { nullable: true, description: 'attempts on top of the exam\'s limit, 0 to 20' })
  extraAttempts?: number | null;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;
}
