import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttemptState, AttemptView, ExamAttemptEntity } from '@hocso/server-core';
import { AttemptStateEnum } from '../attempt-enums';

@ObjectType('ExamAttempt', { description: "One learner's attempt at an exam: its questions are frozen at start and its deadline is the server's" })
export class ExamAttemptModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "1 for the learner's first attempt at this exam, 2 for the next…" })
  number: number;

  @Field(() => AttemptStateEnum)
  state: AttemptState;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'null for untimed exams' })
  deadline: Date | null;

  @Field(() => Date, { nullable: true, description: 'the deadline plus the grace: saves and submits are refused after it' })
  acceptsUntil: Date | null;

  @Field({ description: "the server's clock when this was read: count down by the offset from it, never by the device's clock" })
  serverNow: Date;

  @Field(() => Date, { nullable: true, description: 'the deadline itself when the server closed the attempt' })
  submittedAt: Date | null;

  @Field()
  autoSubmitted: boolean;

  @Field(() => Float, { nullable: true, description: 'null until graded, and while the review policy hides the score' })
  scorePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'points earned: null until submitted, and while the review policy hides the score' })
  scorePoints: number | null;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Boolean, { nullable: true, description: 'null until graded, and while the review policy hides the score' })
  passed: boolean | null;

  entity: ExamAttemptEntity;

  static from(view: AttemptView): ExamAttemptModel {
    const { attempt, scoreVisible } = view;
    return Object.assign(new ExamAttemptModel(), {
      id: attempt.id,
      number: attempt.number,
      state: attempt.state,
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      acceptsUntil: attempt.acceptsUntil,
      serverNow: view.serverNow,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
      scorePercent: scoreVisible ? attempt.scorePercent : null,
      scorePoints: scoreVisible ? attempt.scorePoints : null,
      maxPoints: attempt.maxPoints,
      passed: scoreVisible ? attempt.passed : null,
      entity: attempt,
    });
  }
}
