import { Field, Float, InputType } from '@nestjs/graphql';
import type { QuestionType, TextFormat } from '@hocso/server-core';
import { QuestionTextFormatEnum, QuestionTypeEnum } from '../question-bank-enums';
import { MatchPairInput } from './match-pair.input';
import { NumericAnswerInput } from './numeric-answer.input';
import { QuestionOptionInput } from './question-option.input';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

/** Creating: type and prompt are needed. Editing: omitted fields keep their value, null clears an optional one. */
@InputType()
export class QuestionInput {
  @Field(() => QuestionTypeEnum, { nullable: true })
  type?: QuestionType | null;

  @MaxLength(TEXT_BOUNDS.questionName)
  @Field(() => String, { nullable: true })
  name?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  prompt?: string | null;

  @Field(() => QuestionTextFormatEnum, { nullable: true, description: 'html when omitted on creation' })
  promptFormat?: TextFormat | null;

  @MaxLength(TEXT_BOUNDS.categoryPath)
  @Field(() => String, { nullable: true, description: 'category path; "top" when omitted on creation' })
  category?: string | null;

  @MaxLength(TEXT_BOUNDS.questionTag)
  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @MaxLength(TEXT_BOUNDS.questionIdNumber)
  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  generalFeedback?: string | null;

  @Field(() => [QuestionOptionInput], { nullable: true, description: 'choices, or the accepted answers of SHORT_ANSWER' })
  options?: QuestionOptionInput[] | null;

  @Field(() => Boolean, { nullable: true })
  correctBoolean?: boolean | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  trueFeedback?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  falseFeedback?: string | null;

  @Field(() => [NumericAnswerInput], { nullable: true })
  numericAnswers?: NumericAnswerInput[] | null;

  @Field(() => [MatchPairInput], { nullable: true })
  matchPairs?: MatchPairInput[] | null;

  @Field(() => Float, { nullable: true })
  defaultPoints?: number | null;

  @Field(() => Boolean, { nullable: true })
  caseSensitive?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  shuffleAnswers?: boolean | null;

  @Field(() => Float, { nullable: true })
  penalty?: number | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  correctFeedback?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  partiallyCorrectFeedback?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  incorrectFeedback?: string | null;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field(() => String, { nullable: true })
  graderInfo?: string | null;
}
