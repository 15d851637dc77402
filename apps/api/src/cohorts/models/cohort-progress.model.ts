import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { CohortProgressTotals } from '@hocso/server-core';

@ObjectType('CohortProgress', { description: 'The totals of a cohort’s progress' })
export class CohortProgressModel {
  @Field(() => Int)
  members: number;

  @Field(() => Int, { description: 'members who completed every course of the cohort' })
  completed: number;

  @Field(() => Float, { nullable: true, description: 'mean progress of the members, 0..1; null without members' })
  averageProgress: number | null;

  static from(totals: CohortProgressTotals): CohortProgressModel {
    return Object.assign(new CohortProgressModel(), totals);
  }
}
