import type { QuestionFieldsFragment, QuestionInput, QuestionTextFormat, QuestionType } from '@hocso/portal-data-access';
import { formatFractionPercent, parseDecimalInput, parseFractionInput } from './fraction-input';

export interface ChoiceRow {
  key: string;
  text: string;
  /** the grade as typed: a percentage or a ratio */
  grade: string;
  feedback: string;
}

export interface NumericRow {
  key: string;
  value: string;
  tolerance: string;
  grade: string;
  feedback: string;
}

export interface PairRow {
  key: string;
  prompt: string;
  answer: string;
}

/** What the editor holds: strings as typed, so a half-typed grade is not lost. */
export interface QuestionForm {
  type: QuestionType;
  name: string;
  category: string;
  tags: string;
  prompt: string;
  promptFormat: QuestionTextFormat;
  defaultPoints: string;
  generalFeedback: string;
  /** SINGLE_CHOICE, MULTIPLE_CHOICE and the accepted answers of SHORT_ANSWER */
  options: ChoiceRow[];
  shuffleAnswers: boolean;
  caseSensitive: boolean;
  correctBoolean: boolean | null;
  /** TRUE_FALSE: shown to a learner who answered right / wrong */
  rightFeedback: string;
  wrongFeedback: string;
  numericAnswers: NumericRow[];
  matchPairs: PairRow[];
  graderInfo: string;
  correctFeedback: string;
  partiallyCorrectFeedback: string;
  incorrectFeedback: string;
}

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export const emptyChoice = (grade = '0'): ChoiceRow => ({ key: newRowKey(), text: '', grade, feedback: '' });
export const emptyNumeric = (grade = '100'): NumericRow => ({ key: newRowKey(), value: '', tolerance: '0', grade, feedback: '' });
export const emptyPair = (): PairRow => ({ key: newRowKey(), prompt: '', answer: '' });

function defaultOptions(type: QuestionType): ChoiceRow[] {
  if (type === 'SINGLE_CHOICE') return [emptyChoice('100'), emptyChoice('0'), emptyChoice('0'), emptyChoice('0')];
  if (type === 'MULTIPLE_CHOICE') return [emptyChoice('50'), emptyChoice('50'), emptyChoice('-50'), emptyChoice('-50')];
  if (type === 'SHORT_ANSWER') return [emptyChoice('100')];
  return [];
}

export function emptyQuestionForm(type: QuestionType, category = 'top'): QuestionForm {
  return {
    type,
    name: '',
    category,
    tags: '',
    prompt: '',
    promptFormat: 'html',
    defaultPoints: type === 'DESCRIPTION' ? '0' : '1',
    generalFeedback: '',
    options: defaultOptions(type),
    shuffleAnswers: true,
    caseSensitive: false,
    correctBoolean: type === 'TRUE_FALSE' ? true : null,
    rightFeedback: '',
    wrongFeedback: '',
    numericAnswers: type === 'NUMERIC' ? [emptyNumeric()] : [],
    matchPairs: type === 'MATCHING' ? [emptyPair(), emptyPair(), emptyPair()] : [],
    graderInfo: '',
    correctFeedback: '',
    partiallyCorrectFeedback: '',
    incorrectFeedback: '',
  };
}

/** Switching type keeps the shared fields and gives the new type's parts a start when it has none. */
export function changeQuestionType(form: QuestionForm, type: QuestionType): QuestionForm {
  const fresh = emptyQuestionForm(type, form.category);
  // What was typed is kept (hidden while the type does not use it) so that trying another type loses nothing.
  const keepOptions = form.options.some((option) => option.text.trim() !== '') || fresh.options.length === 0;
  return {
    ...form,
    type,
    options: keepOptions ? form.options : fresh.options,
    correctBoolean: type === 'TRUE_FALSE' ? (form.correctBoolean ?? true) : form.correctBoolean,
    numericAnswers: form.numericAnswers.length > 0 ? form.numericAnswers : fresh.numericAnswers,
    matchPairs: form.matchPairs.length > 0 ? form.matchPairs : fresh.matchPairs,
    defaultPoints: type === 'DESCRIPTION' ? '0' : form.type === 'DESCRIPTION' ? '1' : form.defaultPoints,
  };
}

export function questionToForm(question: QuestionFieldsFragment): QuestionForm {
  const correct = question.correctBoolean;
  return {
    type: question.type,
    name: question.name ?? '',
    category: question.category ?? 'top',
    tags: question.tags.join(', '),
    prompt: question.prompt,
    promptFormat: question.promptFormat,
    defaultPoints: String(question.defaultPoints),
    generalFeedback: question.generalFeedback ?? '',
    options: question.options.map((option) => ({
      key: newRowKey(),
      text: option.text,
      grade: formatFractionPercent(option.fraction),
      feedback: option.feedback ?? '',
    })),
    shuffleAnswers: question.shuffleAnswers ?? true,
    caseSensitive: question.caseSensitive ?? false,
    correctBoolean: correct,
    rightFeedback: (correct === false ? question.falseFeedback : question.trueFeedback) ?? '',
    wrongFeedback: (correct === false ? question.trueFeedback : question.falseFeedback) ?? '',
    numericAnswers: question.numericAnswers.map((answer) => ({
      key: newRowKey(),
      value: String(answer.value),
      tolerance: String(answer.tolerance),
      grade: formatFractionPercent(answer.fraction),
      feedback: answer.feedback ?? '',
    })),
    matchPairs: question.matchPairs.map((pair) => ({ key: newRowKey(), prompt: pair.prompt, answer: pair.answer })),
    graderInfo: question.graderInfo ?? '',
    correctFeedback: question.correctFeedback ?? '',
    partiallyCorrectFeedback: question.partiallyCorrectFeedback ?? '',
    incorrectFeedback: question.incorrectFeedback ?? '',
  };
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/**
 * Field errors are named like the API's (options.0.fraction …) but numbered by the editor's rows; the values are
 * translation keys. The API numbers only the rows sent: see apiFieldForRow.
 */
export interface FormConversion {
  input: QuestionInput;
  fieldErrors: Record<string, string>;
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text);

/** The editor's form as the API's QuestionInput, with the grades and numbers it could not read. */
export function formToQuestionInput(form: QuestionForm): FormConversion {
  const fieldErrors: Record<string, string> = {};
  const grade = (text: string, field: string): number => {
    const parsed = parseFractionInput(text);
    if (parsed.ok) return parsed.fraction;
    fieldErrors[field] = parsed.reason === 'outOfRange' ? 'questionBank.editor.errors.gradeRange' : 'questionBank.editor.errors.gradeNumber';
    return 0;
  };
  const points = parseDecimalInput(form.defaultPoints);
  if (points === null || points < 0) fieldErrors['defaultPoints'] = 'questionBank.editor.errors.points';

  const input: QuestionInput = {
    type: form.type,
    name: optional(form.name.trim()),
    category: form.category.trim() || 'top',
    tags: parseTags(form.tags),
    prompt: form.prompt,
    promptFormat: form.promptFormat,
    defaultPoints: points ?? 0,
    generalFeedback: optional(form.generalFeedback),
  };

  switch (form.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
    case 'SHORT_ANSWER': {
      const rows = form.options.filter((option) => option.text.trim() !== '' || option.feedback.trim() !== '');
      input.options = rows.map((option) => ({
        text: form.type === 'SHORT_ANSWER' ? option.text.trim() : option.text,
        fraction: grade(option.grade, `options.${form.options.indexOf(option)}.fraction`),
        feedback: optional(option.feedback),
      }));
      if (form.type === 'SHORT_ANSWER') input.caseSensitive = form.caseSensitive;
      else {
        input.shuffleAnswers = form.shuffleAnswers;
        input.correctFeedback = optional(form.correctFeedback);
        input.partiallyCorrectFeedback = optional(form.partiallyCorrectFeedback);
        input.incorrectFeedback = optional(form.incorrectFeedback);
      }
      break;
    }
    case 'TRUE_FALSE': {
      input.correctBoolean = form.correctBoolean;
      const right = optional(form.rightFeedback);
      const wrong = optional(form.wrongFeedback);
      input.trueFeedback = form.correctBoolean === false ? wrong : right;
      input.falseFeedback = form.correctBoolean === false ? right : wrong;
      break;
    }
    case 'NUMERIC': {
      const rows = form.numericAnswers.filter((answer) => answer.value.trim() !== '' || answer.feedback.trim() !== '');
      input.numericAnswers = rows.map((answer) => {
        const index = form.numericAnswers.indexOf(answer);
        const value = parseDecimalInput(answer.value);
        if (value === null) fieldErrors[`numericAnswers.${index}.value`] = 'questionBank.editor.errors.number';
        const tolerance = answer.tolerance.trim() === '' ? 0 : parseDecimalInput(answer.tolerance);
        if (tolerance === null || tolerance < 0) fieldErrors[`numericAnswers.${index}.tolerance`] = 'questionBank.editor.errors.tolerance';
        return { value: value ?? 0, tolerance: tolerance ?? 0, fraction: grade(answer.grade, `numericAnswers.${index}.fraction`), feedback: optional(answer.feedback) };
      });
      break;
    }
    case 'MATCHING':
      input.matchPairs = form.matchPairs
        .filter((pair) => pair.prompt.trim() !== '' || pair.answer.trim() !== '')
        .map((pair) => ({ prompt: pair.prompt, answer: pair.answer.trim() }));
      input.shuffleAnswers = form.shuffleAnswers;
      input.correctFeedback = optional(form.correctFeedback);
      input.partiallyCorrectFeedback = optional(form.partiallyCorrectFeedback);
      input.incorrectFeedback = optional(form.incorrectFeedback);
      break;
    case 'ESSAY':
      input.graderInfo = optional(form.graderInfo);
      break;
    case 'DESCRIPTION':
      break;
  }
  return { input, fieldErrors };
}

/** The editor row an API field error (numbered over the rows sent) belongs to. */
export function apiFieldForRow(form: QuestionForm, list: 'options' | 'numericAnswers', rowIndex: number, suffix: string): string | null {
  const rows: readonly (ChoiceRow | NumericRow)[] = list === 'options' ? form.options : form.numericAnswers;
  const sent = rows.filter((row) => ('text' in row ? row.text : row.value).trim() !== '' || row.feedback.trim() !== '');
  const position = sent.indexOf(rows[rowIndex] as ChoiceRow & NumericRow);
  return position < 0 ? null : `${list}.${position}.${suffix}`;
}
