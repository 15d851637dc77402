import { Field, ObjectType } from '@nestjs/graphql';
import type { ReviewPolicy, ReviewVisibility } from '@hocso/server-core';
import { ReviewVisibilityEnum } from '../exam-enums';

@ObjectType('ExamReviewPolicy', { description: 'When a learner may see each part of a submitted attempt' })
export class ExamReviewPolicyModel {
  @Field(() => ReviewVisibilityEnum, { description: 'score and pass/fail' })
  score: ReviewVisibility;

  @Field(() => ReviewVisibilityEnum, { description: 'per question: right, partly right or wrong, and its points' })
  correctness: ReviewVisibility;

  @Field(() => ReviewVisibilityEnum, { description: 'option, answer and general feedback' })
  feedback: ReviewVisibility;

  @Field(() => ReviewVisibilityEnum, { description: 'the right answers' })
  rightAnswers: ReviewVisibility;

  static from(policy: ReviewPolicy): ExamReviewPolicyModel {
    return Object.assign(new ExamReviewPolicyModel(), {
      score: policy.score,
      correctness: policy.correctness,
      feedback: policy.feedback,
      rightAnswers: policy.rightAnswers,
    });
  }
}
