import { DomainError } from '../errors/domain.error';
import { defaultQuestionName } from './formats/default-question-name';
import { findDraftProblem, roundFraction } from './formats/draft-validation';
import { sanitizeForFormat } from './formats/html-sanitizer';
import { type LimitProblem, questionLimitProblem } from './formats/question-limits';
import { QUESTION_TYPES, type QuestionDraft, type QuestionType, type TextFormat } from './question-draft';

/** What a trainer sets when creating or editing a question; omitted fields keep their value, null clears. */
export interface QuestionEdit {
  type?: QuestionType | null;
  name?: string | null;
  prompt?: string | null;
  promptFormat?: TextFormat | null;
  category?: string | null;
  tags?: string[] | null;
  idNumber?: string | null;
  generalFeedback?: string | null;
  options?: Array<{ text: string; fraction: number; feedback?: string | null }> | null;
  correctBoolean?: boolean | null;
  trueFeedback?: string | null;
  falseFeedback?: string | null;
  numericAnswers?: Array<{ value: number; tolerance: number; fraction: number; feedback?: string | null }> | null;
  matchPairs?: Array<{ prompt: string; answer: string }> | null;
  defaultPoints?: number | null;
  caseSensitive?: boolean | null;
  shuffleAnswers?: boolean | null;
  penalty?: number | null;
  correctFeedback?: string | null;
  partiallyCorrectFeedback?: string | null;
  incorrectFeedback?: string | null;
  graderInfo?: string | null;
}

const TEXT_FORMATS: readonly TextFormat[] = ['html', 'moodle', 'plain', 'markdown'];
const OPTIONAL_TEXTS = [
  'generalFeedback', 'trueFeedback', 'falseFeedback', 'correctFeedback', 'partiallyCorrectFeedback', 'incorrectFeedback', 'graderInfo',
] as const;

/** Applies an edit to a draft (a new one for creation), sanitising HTML and checking what Moodle checks on save. */
export function applyQuestionEdit(base: QuestionDraft | null, edit: QuestionEdit): QuestionDraft {
  const type = edit.type ?? base?.type;
  if (!type) throw DomainError.badInput('type', 'questionBank.typeRequired');
  if (!QUESTION_TYPES.includes(type)) throw DomainError.badInput('type', 'questionBank.typeUnknown', { type });
  const draft: QuestionDraft = base
    ? structuredClone(base)
    : { type, prompt: '', promptFormat: 'html', tags: [], options: [], numericAnswers: [], matchPairs: [], defaultPoints: type === 'DESCRIPTION' ? 0 : 1, line: 0 };
  draft.type = type;
  const format = edit.promptFormat ?? draft.promptFormat;
  if (!TEXT_FORMATS.includes(format)) throw DomainError.badInput('promptFormat', 'questionBank.textFormatUnknown', { format });
  draft.promptFormat = format;
  if (edit.prompt !== undefined && edit.prompt !== null) draft.prompt = edit.prompt;
  if (edit.name !== undefined) draft.name = edit.name?.trim() ? edit.name.trim().slice(0, 255) : undefined;
  if (edit.tags !== undefined) draft.tags = edit.tags ?? [];
  if (edit.idNumber !== undefined) draft.idNumber = edit.idNumber?.trim() || undefined;
  for (const key of OPTIONAL_TEXTS) {
    const value = edit[key];
    if (value !== undefined) draft[key] = value === null || value === '' ? undefined : value;
  }
  if (edit.options) {
    draft.options = edit.options.map((option, index) => {
      checkFraction(option.fraction, `options.${index}.fraction`);
      return { text: option.text, fraction: roundFraction(option.fraction), ...(option.feedback ? { feedback: option.feedback } : {}) };
    });
  }
  if (edit.numericAnswers) {
    draft.numericAnswers = edit.numericAnswers.map((answer, index) => {
      checkFraction(answer.fraction, `numericAnswers.${index}.fraction`);
      if (!Number.isFinite(answer.value)) throw DomainError.badInput(`numericAnswers.${index}.value`, 'questionBank.numericValueInvalid');
      if (!(answer.tolerance >= 0) || !Number.isFinite(answer.tolerance)) {
        throw DomainError.badInput(`numericAnswers.${index}.tolerance`, 'questionBank.toleranceNegative');
      }
      return {
        value: answer.value,
        tolerance: answer.tolerance,
        fraction: roundFraction(answer.fraction),
        ...(answer.feedback ? { feedback: answer.feedback } : {}),
      };
    });
  }
  if (edit.matchPairs) draft.matchPairs = edit.matchPairs.map((pair) => ({ prompt: pair.prompt, answer: pair.answer.trim() }));
  if (edit.correctBoolean !== undefined) draft.correctBoolean = edit.correctBoolean ?? undefined;
  if (edit.defaultPoints !== undefined && edit.defaultPoints !== null) {
    if (!(edit.defaultPoints >= 0) || !Number.isFinite(edit.defaultPoints)) {
      throw DomainError.badInput('defaultPoints', 'questionBank.defaultPointsNegative');
    }
    draft.defaultPoints = edit.defaultPoints;
  }
  if (edit.caseSensitive !== undefined) draft.caseSensitive = edit.caseSensitive ?? undefined;
  if (edit.shuffleAnswers !== undefined) draft.shuffleAnswers = edit.shuffleAnswers ?? undefined;
  if (edit.penalty !== undefined) {
    if (edit.penalty !== null && !(edit.penalty >= 0 && edit.penalty <= 1)) throw DomainError.badInput('penalty', 'questionBank.penaltyOutOfRange');
    draft.penalty = edit.penalty ?? undefined;
  }
  dropWhatTheTypeCannotHold(draft);
  sanitizeDraft(draft);
  assertWithinLimits(questionLimitProblem(draft));
  if (draft.prompt.trim() === '') throw DomainError.badInput('prompt', 'questionImport.emptyText');
  draft.name = draft.name ?? defaultQuestionName(draft.prompt);
  const problem = findDraftProblem(draft);
  if (problem) throw DomainError.badInput(fieldOfProblem(type), problem.reason, problem.params);
  return draft;
}

/** A question or category past QUESTION_LIMITS / CATEGORY_LIMITS, as the error of the field at fault. */
export function assertWithinLimits(problem: LimitProblem | null): void {
  if (problem) throw DomainError.badInput(problem.field, problem.reason, problem.params);
}

function checkFraction(fraction: number, field: string): void {
  if (!(fraction >= -1 && fraction <= 1)) throw DomainError.badInput(field, 'questionBank.gradeOutOfRange');
}

function dropWhatTheTypeCannotHold(draft: QuestionDraft): void {
  const type = draft.type;
  if (type !== 'SINGLE_CHOICE' && type !== 'MULTIPLE_CHOICE' && type !== 'SHORT_ANSWER') draft.options = [];
  if (type !== 'NUMERIC') {
    draft.numericAnswers = [];
    delete draft.numericCatchAll;
  }
  if (type !== 'MATCHING') draft.matchPairs = [];
  if (type !== 'TRUE_FALSE') {
    delete draft.correctBoolean;
    delete draft.trueFeedback;
    delete draft.falseFeedback;
  }
  if (type !== 'SHORT_ANSWER') delete draft.caseSensitive;
}

/** HTML (and Moodle auto-format) texts are sanitised as the import sanitises them. */
function sanitizeDraft(draft: QuestionDraft): void {
  const format = draft.promptFormat;
  const clean = (text: string | undefined, textFormat: TextFormat = format): string | undefined =>
    text === undefined ? undefined : sanitizeForFormat(text, textFormat);
  draft.prompt = clean(draft.prompt) as string;
  for (const key of OPTIONAL_TEXTS) if (draft[key] !== undefined) draft[key] = clean(draft[key]);
  const choices = draft.type !== 'SHORT_ANSWER';
  draft.options = draft.options.map((option) => ({
    ...option,
    text: choices ? (clean(option.text, option.format) as string) : option.text,
    ...(option.feedback !== undefined ? { feedback: clean(option.feedback) } : {}),
  }));
  draft.numericAnswers = draft.numericAnswers.map((answer) => ({
    ...answer,
    ...(answer.feedback !== undefined ? { feedback: clean(answer.feedback) } : {}),
  }));
  draft.matchPairs = draft.matchPairs.map((pair) => ({ ...pair, prompt: clean(pair.prompt, pair.format) as string }));
  draft.hints = draft.hints?.map((hint) => ({ ...hint, text: clean(hint.text) as string }));
  if (draft.hints === undefined) delete draft.hints;
}

function fieldOfProblem(type: QuestionType): string {
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
    case 'SHORT_ANSWER':
      return 'options';
    case 'NUMERIC':
      return 'numericAnswers';
    case 'MATCHING':
      return 'matchPairs';
    case 'TRUE_FALSE':
      return 'correctBoolean';
    default:
      return 'prompt';
  }
}
