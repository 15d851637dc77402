import { Field, ID, InputType } from '@nestjs/graphql';
import type { QuestionFormat } from '@hocso/server-core';
import { QuestionFormatEnum } from '../question-bank-enums';

@InputType()
export class ImportQuestionsInput {
  @Field(() => ID)
  bankId: string;

  @Field(() => QuestionFormatEnum)
  format: QuestionFormat;

  @Field({ description: 'the whole file, as text (UTF-8)' })
  content: string;
}
