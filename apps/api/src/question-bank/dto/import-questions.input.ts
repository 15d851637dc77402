import { Field, ID, InputType } from '@nestjs/graphql';
import type { QuestionFormat } from '@hocso/server-core';
import { QuestionFormatEnum } from '../question-bank-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class ImportQuestionsInput {
  @Field(() => ID)
  bankId: string;

  @Field(() => QuestionFormatEnum)
  format: QuestionFormat;

  @MaxLength(TEXT_BOUNDS.questionFile)
  @Field({ description: 'the whole file, as text (UTF-8)' })
  content: string;
}
