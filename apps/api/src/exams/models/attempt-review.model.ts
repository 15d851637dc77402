import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { AttemptReviewView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { ExamAttemptModel } from './exam-attempt.model';
import { ReviewedQuestionModel } from './reviewed-question.model';
import { ReviewVisibilityNowModel } from './review-visibility.model';

@ObjectType('AttemptReview', { description: 'What the review policy lets the caller see of a submitted attempt' })
export class AttemptReviewModel {
  @Field(() => ExamAttemptModel, { description: 'the attempt, its score and pass/fail null while the policy hides them' })
  attempt: ExamAttemptModel;

  @Field(() => ID)
  attemptId: string;

  @ListSize(LIST_BOUNDS.questionsPerAttempt)
  @Field(() => [ReviewedQuestionModel])
  questions: ReviewedQuestionModel[];

  @Field(() => ReviewVisibilityNowModel)
  visibility: ReviewVisibilityNowModel;

  @Field(() => Float, { nullable: true, description: 'null while the policy hides the score, or until every question is graded' })
  scorePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'null while the policy hides the score' })
  scorePoints: number | null;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Boolean, { nullable: true, description: 'null while the policy hides the score, or until every question is graded' })
  passed: boolean | null;

  @Field(() => Date, { nullable: true, description: 'when the parts shown "after the exam is closed" appear, while they are still hidden' })
  moreVisibleAt: Date | null;


  static from(view: AttemptReviewView): AttemptReviewModel {
    return Object.assign(new AttemptReviewModel(), {
      attempt: ExamAttemptModel.from({ attempt: view.attempt, serverNow: view.serverNow, scoreVisible: view.visibility.score }),
      attemptId: view.attempt.id,
      questions: view.questions.map(ReviewedQuestionModel.from),
      visibility: ReviewVisibilityNowModel.from(view.visibility),
      scorePercent: view.attempt.scorePercent,
      scorePoints: view.attempt.scorePoints,
      maxPoints: view.attempt.maxPoints,
      passed: view.attempt.passed,
      moreVisibleAt: view.moreVisibleAt,
    });
  }
}
