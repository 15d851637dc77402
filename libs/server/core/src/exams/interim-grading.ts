import type { MessageParams } from '../i18n/render-message';
import type { QuestionContent } from '../question-bank/question-content';
import type { MatchPairDraft, QuestionType } from '../question-bank/question-draft';
import type { AnswerOutcome } from './exam-settings';
import type { INTERIM_MESSAGES } from './interim-messages';

/**
 * Interim: the subset of the pure grader (`exams/grading`, built alongside) that attempts call, with its
 * names and signatures. Removed when the grader lands; its semantics (Moodle's) are the grader's.
 */

export interface MatchResponse {
  prompt: string;
  answer: string;
}

export interface AnswerResponse {
  optionIds?: readonly string[] | null;
  text?: string | null;
  number?: number | null;
  boolean?: boolean | null;
  matches?: readonly MatchResponse[] | null;
}

export type ResponseField = keyof AnswerResponse;

export const ESSAY_MAX_CHARACTERS = 20_000;
export const SHORT_ANSWER_MAX_CHARACTERS = 1_000;

export interface ResponseProblem {
  field: ResponseField;
  reason: keyof typeof INTERIM_MESSAGES;
  params?: MessageParams;
}

export interface QuestionGrade {
  fraction: number | null;
  outcome: AnswerOutcome;
  feedback: string[];
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

export function matchingParts(content: QuestionContent): MatchPairDraft[] {
  return content.matchPairs.filter((pair) => pair.prompt.trim() !== '');
}

export function checkResponseShape(type: QuestionType, content: QuestionContent, response: AnswerResponse): ResponseProblem | null {
  const expected = FIELD_OF_TYPE[type];
  for (const field of Object.keys(NOT_EXPECTED) as ResponseField[]) {
    if (field !== expected && response[field] !== undefined && response[field] !== null) return { field, reason: NOT_EXPECTED[field] };
  }
  if (type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE') {
    const known = new Set(content.options.map((option) => option.id));
    const ids = response.optionIds ?? [];
    if (ids.some((id) => !known.has(id))) return { field: 'optionIds', reason: 'answer.unknownOption' };
    if (new Set(ids).size !== ids.length) return { field: 'optionIds', reason: 'answer.duplicateOption' };
    if (type === 'SINGLE_CHOICE' && ids.length > 1) return { field: 'optionIds', reason: 'answer.singleOptionOnly', params: { count: ids.length } };
  }
  const max = type === 'ESSAY' ? ESSAY_MAX_CHARACTERS : SHORT_ANSWER_MAX_CHARACTERS;
  const text = response.text ?? '';
  if ((type === 'ESSAY' || type === 'SHORT_ANSWER') && text.length > max) {
    return { field: 'text', reason: 'answer.textTooLong', params: { max, length: text.length } };
  }
  if (type === 'NUMERIC' && typeof response.number === 'number' && !Number.isFinite(response.number)) return { field: 'number', reason: 'answer.numberNotFinite' };
  if (type === 'MATCHING') {
    const prompts = new Set(matchingParts(content).map((pair) => pair.prompt));
    const answers = new Set(content.matchPairs.map((pair) => pair.answer));
    const seen = new Set<string>();
    for (const match of response.matches ?? []) {
      if (!prompts.has(match.prompt)) return { field: 'matches', reason: 'answer.unknownMatchPrompt' };
      if (seen.has(match.prompt)) return { field: 'matches', reason: 'answer.duplicateMatchPrompt' };
      if (!answers.has(match.answer)) return { field: 'matches', reason: 'answer.unknownMatchAnswer' };
      seen.add(match.prompt);
    }
  }
  return null;
}

function outcomeOf(fraction: number): AnswerOutcome {
  if (fraction > 0.999999) return 'CORRECT';
  if (fraction < 0.000001) return 'WRONG';
  return 'PARTIAL';
}

function graded(fraction: number): QuestionGrade {
  return { fraction, outcome: outcomeOf(fraction), feedback: [] };
}

export function gradeResponse(type: QuestionType, content: QuestionContent, response: AnswerResponse | null): QuestionGrade {
  const unanswered: QuestionGrade = { fraction: type === 'DESCRIPTION' || type === 'ESSAY' ? null : 0, outcome: 'UNANSWERED', feedback: [] };
  if (type === 'DESCRIPTION' || response === null) return unanswered;
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const ids = response.optionIds ?? [];
      if (ids.length === 0) return unanswered;
      const sum = content.options.filter((option) => ids.includes(option.id)).reduce((total, option) => total + option.fraction, 0);
      return graded(type === 'SINGLE_CHOICE' ? sum : Math.min(1, Math.max(0, sum)));
    }
    case 'TRUE_FALSE':
      return typeof response.boolean === 'boolean' ? graded(response.boolean === content.correctBoolean ? 1 : 0) : unanswered;
    case 'SHORT_ANSWER': {
      const text = (response.text ?? '').trim();
      if (text === '') return unanswered;
      const hit = content.options.find((option) => option.text.trim().toLowerCase() === text.toLowerCase() || option.text.trim() === '*');
      return graded(hit?.fraction ?? 0);
    }
    case 'NUMERIC': {
      const value = response.number;
      if (typeof value !== 'number') return unanswered;
      const hit = content.numericAnswers.find((answer) => Math.abs(value - answer.value) <= Math.abs(answer.tolerance));
      return graded(hit?.fraction ?? content.numericCatchAll?.fraction ?? 0);
    }
    case 'MATCHING': {
      const parts = matchingParts(content);
      if ((response.matches ?? []).length === 0 || parts.length === 0) return unanswered;
      const right = parts.filter((pair) => response.matches?.some((match) => match.prompt === pair.prompt && match.answer === pair.answer)).length;
      return graded(right / parts.length);
    }
    case 'ESSAY':
      return (response.text ?? '').trim() === '' ? unanswered : { fraction: null, outcome: 'NEEDS_GRADING', feedback: [] };
  }
}
