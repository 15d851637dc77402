import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type AttemptSlot, type FrozenQuestion, type QuestionType, questionTextHtml } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { QuestionTypeEnum } from '../../question-bank/question-bank-enums';
import { AttemptOptionModel } from './attempt-option.model';

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);

@ObjectType('AttemptQuestion', { description: 'A question as the learner sees it during an attempt: never any fraction, answer or feedback.' })
export class AttemptQuestionModel {
  @Field(() => Int)
  slot: number;

  @Field(() => QuestionTypeEnum)
  type: QuestionType;

  @Field({ description: 'the question text as sanitised HTML, as the question bank preview renders it' })
  prompt: string;

  @Field(() => Float)
  points: number;

  @ListSize(LIST_BOUNDS.optionsPerQuestion)
  @Field(() => [AttemptOptionModel], { description: "choice options in this attempt's (possibly shuffled) order" })
  options: AttemptOptionModel[];

  @ListSize(LIST_BOUNDS.matchPairsPerQuestion)
  @Field(() => [String], { description: 'MATCHING: the parts to pair, exactly as `MatchAnswerInput.prompt` sends them back' })
  matchPrompts: string[];

  @ListSize(LIST_BOUNDS.matchPairsPerQuestion)
  @Field(() => [String], { description: 'MATCHING: the same parts as sanitised HTML, to show them' })
  matchPromptsHtml: string[];

  @ListSize(LIST_BOUNDS.matchPairsPerQuestion)
  @Field(() => [String], { description: 'MATCHING: the answers to pair them with, shuffled, each once (plain text, as `MatchAnswerInput.answer`)' })
  matchChoices: string[];

  /** The frozen slot and its version, nothing else of the question: no key reaches the learner. */
  static from(slot: AttemptSlot, question: FrozenQuestion): AttemptQuestionModel {
    const { content } = question;
    const byId = new Map(content.options.map((option) => [option.id, option]));
    const options = CHOICE_TYPES.has(slot.type)
      ? (slot.optionOrder ?? []).flatMap((id) => {
          const option = byId.get(id);
          return option ? [{ id, text: questionTextHtml(option.text, option.format ?? content.promptFormat) }] : [];
        })
      : [];
    const matchPrompts = slot.matchPrompts ?? [];
    return Object.assign(new AttemptQuestionModel(), {
      slot: slot.slot,
      type: slot.type,
      prompt: questionTextHtml(content.prompt, content.promptFormat),
      points: slot.maxPoints,
      options,
      matchPrompts,
      matchPromptsHtml: matchPrompts.map((prompt) => questionTextHtml(prompt, content.matchPairs.find((pair) => pair.prompt === prompt)?.format ?? content.promptFormat)),
      matchChoices: slot.matchChoices ?? [],
    });
  }
}
