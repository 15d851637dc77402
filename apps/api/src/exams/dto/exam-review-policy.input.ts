import { Field, InputType } from '@nestjs/graphql';
import type { ReviewVisibility } from '@hocso/server-core';
import { ReviewVisibilityEnum } from '../exam-enums';

@InputType({ description: 'What is omitted keeps its default: score, correctness and feedback after submit, right answers after close' })
export class ExamReviewPolicyInput {
  @Field(() => ReviewVisibilityEnum, { nullable: true, description: 'score and pass/fail' })
  score?: ReviewVisibility | null;

  @Field(() => ReviewVisibilityEnum, { nullable: true, description: 'per question: right, partly right or wrong, and its points' })
  correctness?: ReviewVisibility | null;

  @Field(() => ReviewVisibilityEnum, { nullable: true, description: 'option, answer and general feedback' })
  feedback?: ReviewVisibility | null;

  @Field(() => ReviewVisibilityEnum, { nullable: true, description: 'the right answers' })
  rightAnswers?: ReviewVisibility | null;
}
