import type { QuestionType, SaveAnswerInput } from '@hocso/portal-data-access';

type ResponseField = 'optionIds' | 'text' | 'number' | 'boolean' | 'matches';

/** A learner's answer to one question of an attempt, as saveAnswer takes it: only the fields of its type are set. */
export type AnswerResponse = { [Field in ResponseField]?: NonNullable<SaveAnswerInput[Field]> };

/** The stored-answer fields the server sends back (SavedAnswer), nulls where unset. */
export interface StoredAnswerFields {
  optionIds?: readonly string[] | null;
  text?: string | null;
  number?: number | null;
  boolean?: boolean | null;
  matches?: ReadonlyArray<{ prompt: string; answer: string }> | null;
}

export function responseOfStored(stored: StoredAnswerFields): AnswerResponse {
  const response: AnswerResponse = {};
  if (stored.optionIds) response.optionIds = [...stored.optionIds];
  if (stored.text !== null && stored.text !== undefined) response.text = stored.text;
  if (stored.number !== null && stored.number !== undefined) response.number = stored.number;
  if (stored.boolean !== null && stored.boolean !== undefined) response.boolean = stored.boolean;
  if (stored.matches) response.matches = stored.matches.map(({ prompt, answer }) => ({ prompt, answer }));
  return response;
}

/** Whether the response counts as an answer in the navigator and the submit check (a description needs none). */
export function isAnswered(type: QuestionType, response: AnswerResponse | undefined): boolean {
  if (!response) return false;
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (response.optionIds?.length ?? 0) > 0;
    case 'TRUE_FALSE':
      return response.boolean !== undefined;
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return (response.text ?? '').trim() !== '';
    case 'NUMERIC':
      return response.number !== undefined && Number.isFinite(response.number);
    case 'MATCHING':
      return (response.matches ?? []).some((match) => match.answer !== '');
    case 'DESCRIPTION':
      return false;
  }
}

/** Questions that take an answer: every type but a description. */
export function takesAnswer(type: QuestionType): boolean {
  return type !== 'DESCRIPTION';
}
