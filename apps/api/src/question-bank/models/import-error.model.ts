import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Locale, type QuestionImportError, renderMessage } from '@hocso/server-core';

@ObjectType('ImportError')
export class ImportErrorModel {
  @Field(() => Int, { nullable: true, description: '1-based line of the input where the rejected question starts' })
  line: number | null;

  @Field({ description: 'why the question was rejected, in the language of the request (Accept-Language)' })
  message: string;

  @Field({ description: 'stable key of the reason, for clients that translate themselves' })
  reason: string;

  static from(error: QuestionImportError, locale: Locale): ImportErrorModel {
    return { line: error.line, message: renderMessage(error.reason, error.params, locale), reason: error.reason };
  }
}
