import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type Locale, type QuestionExport, type SkippedQuestion, renderMessage } from '@hocso/server-core';
import { ListSize } from '../../graphql/list-size';

@ObjectType('SkippedQuestion')
export class SkippedQuestionModel {
  @Field(() => ID)
  questionId: string;

  @Field()
  name: string;

  @Field({ description: 'why the format cannot hold the question, in the language of the request' })
  message: string;

  @Field({ description: 'stable key of the reason, for clients that translate themselves' })
  reason: string;

  static from(skipped: SkippedQuestion, locale: Locale): SkippedQuestionModel {
    return { questionId: skipped.questionId, name: skipped.name, reason: skipped.reason, message: renderMessage(skipped.reason, {}, locale) };
  }
}

@ObjectType('QuestionExport')
export class QuestionExportModel {
  @Field({ description: 'a file name for the download, from the bank title' })
  fileName: string;

  @Field()
  mimeType: string;

  @Field()
  text: string;

  @Field(() => Int, { description: 'questions written in the file' })
  questionCount: number;

  @ListSize(1000)
  @Field(() => [SkippedQuestionModel], { description: 'questions the format cannot hold, left out of the file (Aiken: all but single choice)' })
  skipped: SkippedQuestionModel[];

  static from(exported: QuestionExport, locale: Locale): QuestionExportModel {
    return {
      fileName: exported.fileName,
      mimeType: exported.mimeType,
      text: exported.text,
      questionCount: exported.questionCount,
      skipped: exported.skipped.map((skipped) => SkippedQuestionModel.from(skipped, locale)),
    };
  }
}
