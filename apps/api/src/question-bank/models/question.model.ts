import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { type QuestionRecord, type QuestionType, type TextFormat, questionFileUrl } from '@hocso/server-core';
import { QuestionTextFormatEnum, QuestionTypeEnum } from '../question-bank-enums';
import { MatchPairModel } from './match-pair.model';
import { NumericAnswerModel } from './numeric-answer.model';
import { QuestionAttachmentModel } from './question-attachment.model';
import { QuestionOptionModel } from './question-option.model';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionTypeEnum)
  type: QuestionType;

  @Field(() => String, { nullable: true, description: 'GIFT ::name::, Moodle <name>' })
  name: string | null;

  @Field({ description: 'the question text as the learner reads it' })
  prompt: string;

  @Field(() => QuestionTextFormatEnum)
  promptFormat: TextFormat;

  @Field(() => String, { nullable: true, description: 'category path, e.g. "top/Kỹ năng số/An toàn thông tin"' })
  category: string | null;

  @Field(() => String, { nullable: true })
  generalFeedback: string | null;

  @ListSize(LIST_BOUNDS.optionsPerQuestion)
  @Field(() => [QuestionOptionModel], { description: 'SINGLE_CHOICE, MULTIPLE_CHOICE, and the accepted answers of SHORT_ANSWER' })
  options: QuestionOptionModel[];

  @Field(() => Boolean, { nullable: true, description: 'TRUE_FALSE only' })
  correctBoolean: boolean | null;

  @Field(() => String, { nullable: true, description: 'TRUE_FALSE: feedback for a learner who answered "true"' })
  trueFeedback: string | null;

  @Field(() => String, { nullable: true, description: 'TRUE_FALSE: feedback for a learner who answered "false"' })
  falseFeedback: string | null;

  @ListSize(LIST_BOUNDS.numericAnswersPerQuestion)
  @Field(() => [NumericAnswerModel])
  numericAnswers: NumericAnswerModel[];

  @ListSize(LIST_BOUNDS.matchPairsPerQuestion)
  @Field(() => [MatchPairModel])
  matchPairs: MatchPairModel[];

  @Field(() => Float)
  defaultPoints: number;

  @Field(() => Boolean, { nullable: true, description: 'SHORT_ANSWER: whether case matters (false by default)' })
  caseSensitive: boolean | null;

  @Field(() => Boolean, { nullable: true })
  shuffleAnswers: boolean | null;

  @Field(() => Float, { nullable: true, description: 'fraction of the points lost per wrong try in interactive mode' })
  penalty: number | null;

  @Field(() => String, { nullable: true })
  correctFeedback: string | null;

  @Field(() => String, { nullable: true })
  partiallyCorrectFeedback: string | null;

  @Field(() => String, { nullable: true })
  incorrectFeedback: string | null;

  @Field(() => String, { nullable: true, description: 'ESSAY: information for graders' })
  graderInfo: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true })
  idNumber: string | null;

  @ListSize(LIST_BOUNDS.attachmentsPerQuestion)
  @Field(() => [QuestionAttachmentModel])
  attachments: QuestionAttachmentModel[];

  @Field(() => Int, { description: 'the number of this version; editing the question adds one' })
  version: number;

  @Field(() => ID, { description: 'the immutable version shown here: what an attempt records' })
  versionId: string;

  @Field()
  isCurrentVersion: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(record: QuestionRecord): QuestionModel {
    const content = record.content;
    return Object.assign(new QuestionModel(), {
      id: record.id,
      type: record.type,
      name: content.name ?? null,
      prompt: content.prompt,
      promptFormat: content.promptFormat,
      category: record.category,
      generalFeedback: content.generalFeedback ?? null,
      options: content.options.map((option) => ({ id: option.id, text: option.text, fraction: option.fraction, feedback: option.feedback ?? null })),
      correctBoolean: content.correctBoolean ?? null,
      trueFeedback: content.trueFeedback ?? null,
      falseFeedback: content.falseFeedback ?? null,
      numericAnswers: content.numericAnswers.map((answer) => ({ ...answer, feedback: answer.feedback ?? null })),
      matchPairs: content.matchPairs.map((pair) => ({ prompt: pair.prompt, answer: pair.answer })),
      defaultPoints: content.defaultPoints,
      caseSensitive: content.caseSensitive ?? null,
      shuffleAnswers: content.shuffleAnswers ?? null,
      penalty: content.penalty ?? null,
      correctFeedback: content.correctFeedback ?? null,
      partiallyCorrectFeedback: content.partiallyCorrectFeedback ?? null,
      incorrectFeedback: content.incorrectFeedback ?? null,
      graderInfo: content.graderInfo ?? null,
      tags: record.tags,
      idNumber: record.idNumber,
      attachments: (content.attachments ?? []).map((file) => ({
        id: file.fileId,
        name: file.name,
        mimeType: file.mimeType,
        url: questionFileUrl(file.fileId, encodeURIComponent(file.name)),
      })),
      version: record.version,
      versionId: record.versionId,
      isCurrentVersion: record.isCurrent,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  }
}
