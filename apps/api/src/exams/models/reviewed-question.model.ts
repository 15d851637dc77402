import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { AnswerOutcome, QuestionType, ReviewedQuestionView } from '@hocso/server-core';
import { QuestionTypeEnum } from '../../question-bank/question-bank-enums';
import { AnswerOutcomeEnum } from '../exam-review-enums';

@ObjectType('ReviewedQuestion', { description: 'A question of a submitted attempt as its review policy lets the viewer see it (editors see everything)' })
export class ReviewedQuestionModel {
  @Field(() => Int)
  slot: number;

  @Field(() => QuestionTypeEnum)
  type: QuestionType;

  @Field({ description: 'sanitised HTML, as the attempt showed it' })
  prompt: string;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => AnswerOutcomeEnum, { nullable: true, description: 'null where the policy hides correctness' })
  outcome: AnswerOutcome | null;

  @Field(() => Float, { nullable: true, description: 'null where the policy hides correctness, or while an essay waits' })
  points: number | null;

  @Field(() => String, { nullable: true, description: 'option or answer feedback, then combined and general feedback, one per line; null where hidden' })
  feedback: string | null;

  @Field(() => String, { nullable: true, description: "the trainer's comment on a question they graded by hand; shown with the feedback" })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'the right answer as text, where the policy shows it' })
  rightAnswer: string | null;

  static from(view: ReviewedQuestionView): ReviewedQuestionModel {
    return Object.assign(new ReviewedQuestionModel(), view);
  }
}
