import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { RegradedAttemptView } from '@hocso/server-core';

@ObjectType('RegradedAttempt', { description: 'An attempt whose points changed when regraded' })
export class RegradedAttemptModel {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Float, { nullable: true, description: 'null while an essay of it was waiting for a trainer' })
  beforePercent: number | null;

  @Field(() => Float, { nullable: true })
  afterPercent: number | null;

  view: RegradedAttemptView;

  static from(view: RegradedAttemptView): RegradedAttemptModel {
    return Object.assign(new RegradedAttemptModel(), { attemptId: view.attempt.id, beforePercent: view.beforePercent, afterPercent: view.afterPercent, view });
  }
}
