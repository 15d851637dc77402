import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { RegradedAttemptView } from '@hocso/server-core';
import { ExamAttemptModel } from './exam-attempt.model';

@ObjectType('RegradedAttempt', { description: 'An attempt whose points changed when regraded' })
export class RegradedAttemptModel {
  @Field(() => ExamAttemptModel)
  attempt: ExamAttemptModel;

  @Field(() => ID)
  attemptId: string;

  @Field(() => Float, { nullable: true, description: 'null while an essay of it was waiting for a trainer' })
  beforePercent: number | null;

  @Field(() => Float, { nullable: true })
  afterPercent: number | null;

  static from(view: RegradedAttemptView, serverNow: Date): RegradedAttemptModel {
    return Object.assign(new RegradedAttemptModel(), {
      attempt: ExamAttemptModel.from({ attempt: view.attempt, serverNow, scoreVisible: true }),
      attemptId: view.attempt.id,
      beforePercent: view.beforePercent,
      afterPercent: view.afterPercent,
    });
  }
}
