import type { MessageParams } from '../../i18n/render-message';
import type { QuestionContent } from '../../question-bank/question-content';
import type { MatchPairDraft, QuestionType } from '../../question-bank/question-draft';
import type { GRADING_MESSAGES } from './grading-messages';

/** One pairing of a MATCHING answer: a prompt of the question and the answer the learner put beside it. */
export interface MatchResponse {
  prompt: string;
  answer: string;
}

/**
 * What a learner answered to one question, as `SaveAnswerInput` carries it. Each type reads one field:
 * choices `optionIds`, true/false `boolean`, short answer and essay `text`, numeric `number`, matching
 * `matches`; a description takes none. `null` is the same as absent.
 */
export interface AnswerResponse {
  optionIds?: readonly string[] | null;
  text?: string | null;
  number?: number | null;
  boolean?: boolean | null;
  matches?: readonly MatchResponse[] | null;
}

export type ResponseField = keyof AnswerResponse;

/** The longest essay a learner may save, in characters (about 3,000 words). */
export const ESSAY_MAX_CHARACTERS = 20_000;

/** The longest short answer a learner may save, in characters: a word or a phrase, with room to spare. */
export const SHORT_ANSWER_MAX_CHARACTERS = 1_000;

/** Why a response does not fit its question: the input field at fault and a reason of GRADING_MESSAGES. */
export interface ResponseProblem {
  field: ResponseField;
  reason: keyof typeof GRADING_MESSAGES;
  params?: MessageParams;
}

const FIELD_OF_TYPE: Record<QuestionType, ResponseField | null> = {
  SINGLE_CHOICE: 'optionIds',
  MULTIPLE_CHOICE: 'optionIds',
  TRUE_FALSE: 'boolean',
  SHORT_ANSWER: 'text',
  NUMERIC: 'number',
  MATCHING: 'matches',
  ESSAY: 'text',
  DESCRIPTION: null,
};

const NOT_EXPECTED: Record<ResponseField, ResponseProblem['reason']> = {
  optionIds: 'answer.optionsNotExpected',
  text: 'answer.textNotExpected',
  number: 'answer.numberNotExpected',
  boolean: 'answer.booleanNotExpected',
  matches: 'answer.matchesNotExpected',
};

/**
 * The first reason this response cannot be saved for this question, or null when it fits: a field the
 * type does not take, an option or a matching part that is not the question's, a second option for a
 * single choice, a text past its bound. An empty response fits (it is "not answered").
 */
export function checkResponseShape(type: QuestionType, content: QuestionContent, response: AnswerResponse): ResponseProblem | null {
  const expected = FIELD_OF_TYPE[type];
  for (const field of Object.keys(NOT_EXPECTED) as ResponseField[]) {
    if (field !== expected && response[field] !== undefined && response[field] !== null) {
      return { field, reason: NOT_EXPECTED[field] };
    }
  }
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return checkOptions(type, content, response.optionIds ?? []);
    case 'SHORT_ANSWER':
      return checkTextLength(response.text ?? '', SHORT_ANSWER_MAX_CHARACTERS);
    case 'ESSAY':
      return checkTextLength(response.text ?? '', ESSAY_MAX_CHARACTERS);
    case 'NUMERIC':
      return typeof response.number === 'number' && !Number.isFinite(response.number)
        ? { field: 'number', reason: 'answer.numberNotFinite' }
        : null;
    case 'MATCHING':
      return checkMatches(content, response.matches ?? []);
    case 'TRUE_FALSE':
    case 'DESCRIPTION':
      return null;
  }
}

/** Whether the learner left the question unanswered (a text of white space only counts as unanswered). */
export function isEmptyResponse(type: QuestionType, response: AnswerResponse | null): boolean {
  if (response === null) return true;
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (response.optionIds ?? []).length === 0;
    case 'TRUE_FALSE':
      return typeof response.boolean !== 'boolean';
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return (response.text ?? '').trim() === '';
    case 'NUMERIC':
      return typeof response.number !== 'number' || !Number.isFinite(response.number);
    case 'MATCHING':
      return (response.matches ?? []).length === 0;
    case 'DESCRIPTION':
      return true;
  }
}

/** The pairs of a MATCHING question that are parts to answer (a pair with an empty prompt is a distractor). */
export function matchingParts(content: QuestionContent): MatchPairDraft[] {
  return content.matchPairs.filter((pair) => pair.prompt.trim() !== '');
}

function checkOptions(type: QuestionType, content: QuestionContent, optionIds: readonly string[]): ResponseProblem | null {
  const known = new Set(content.options.map((option) => option.id));
  const seen = new Set<string>();
  for (const id of optionIds) {
    if (!known.has(id)) return { field: 'optionIds', reason: 'answer.unknownOption' };
    if (seen.has(id)) return { field: 'optionIds', reason: 'answer.duplicateOption' };
    seen.add(id);
  }
  if (type === 'SINGLE_CHOICE' && optionIds.length > 1) {
    return { field: 'optionIds', reason: 'answer.singleOptionOnly', params: { count: optionIds.length } };
  }
  return null;
}

function checkTextLength(text: string, max: number): ResponseProblem | null {
  return text.length > max ? { field: 'text', reason: 'answer.textTooLong', params: { max, length: text.length } } : null;
}

function checkMatches(content: QuestionContent, matches: readonly MatchResponse[]): ResponseProblem | null {
  const prompts = new Set(matchingParts(content).map((pair) => pair.prompt));
  const answers = new Set(content.matchPairs.map((pair) => pair.answer));
  const seen = new Set<string>();
  for (const match of matches) {
    if (!prompts.has(match.prompt)) return { field: 'matches', reason: 'answer.unknownMatchPrompt' };
    if (seen.has(match.prompt)) return { field: 'matches', reason: 'answer.duplicateMatchPrompt' };
    if (!answers.has(match.answer)) return { field: 'matches', reason: 'answer.unknownMatchAnswer' };
    seen.add(match.prompt);
  }
  return null;
}
