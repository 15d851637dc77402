import type { QuestionTextFormat, QuestionType } from '@hocso/portal-data-access';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ESSAY', 'DESCRIPTION',
];

export const TEXT_FORMATS: readonly QuestionTextFormat[] = ['html', 'moodle', 'plain', 'markdown'];

export function isQuestionType(value: string): value is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(value);
}
