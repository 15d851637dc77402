import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuestionFlag, QuestionStatisticsView, QuestionType } from '@hocso/server-core';
import { QuestionTypeEnum } from '../../question-bank/question-bank-enums';
import { QuestionFlagEnum } from '../exam-review-enums';

@ObjectType('QuestionStatistics', { description: "Moodle's quiz statistics of one question, over the first graded attempt of each learner" })
export class QuestionStatisticsModel {
  @Field(() => Int, { description: 'the first slot the question stood in (random and shuffled questions stand in several)' })
  slot: number;

  @Field(() => ID)
  questionId: string;

  @Field(() => QuestionTypeEnum, { nullable: true })
  type: QuestionType | null;

  @Field({ description: 'the prompt of its current version as plain text, at most 120 characters' })
  promptExcerpt: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Float, { nullable: true, description: 'mean fraction of the points scored, 0..1' })
  facility: number | null;

  @Field(() => Float, { nullable: true, description: "correlation of the question's score with the rest of the test, -1..1; null below 2 attempts" })
  discrimination: number | null;

  @Field(() => [QuestionFlagEnum])
  flags: QuestionFlag[];

  static from(view: QuestionStatisticsView): QuestionStatisticsModel {
    return Object.assign(new QuestionStatisticsModel(), view);
  }
}
