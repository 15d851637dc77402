import { Field, ObjectType } from '@nestjs/graphql';
import type { ReviewVisibilityNow } from '@hocso/server-core';

@ObjectType('ReviewVisibilityNow', { description: 'Which parts of the attempt the review shows the caller now' })
export class ReviewVisibilityNowModel {
  @Field({ description: 'score and pass/fail' })
  score: boolean;

  @Field({ description: 'per question: right, partly right or wrong, and its points' })
  correctness: boolean;

  @Field({ description: 'option, answer and general feedback, and the trainer’s comments' })
  feedback: boolean;

  @Field()
  rightAnswers: boolean;

  static from(visibility: ReviewVisibilityNow): ReviewVisibilityNowModel {
    return Object.assign(new ReviewVisibilityNowModel(), visibility);
  }
}
