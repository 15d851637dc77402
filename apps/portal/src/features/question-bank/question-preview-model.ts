import type { QuestionTextFormat, QuestionType } from '@hocso/portal-data-access';
import { parseDecimalInput, parseFractionInput } from './fraction-input';
import type { QuestionForm } from './question-form-model';
import { compareVietnamese } from '../../shared/vietnamese-order';

/** The parts of a question the preview needs: a subset of the API's Question, so a saved one fits as is. */
export interface PreviewQuestion {
  type: QuestionType;
  name: string | null;
  prompt: string;
  promptFormat: QuestionTextFormat;
  defaultPoints: number;
  generalFeedback: string | null;
  options: readonly { text: string; fraction: number; feedback: string | null }[];
  correctBoolean: boolean | null;
  trueFeedback: string | null;
  falseFeedback: string | null;
  caseSensitive: boolean | null;
  numericAnswers: readonly { value: number; tolerance: number; fraction: number; feedback: string | null }[];
  matchPairs: readonly { prompt: string; answer: string }[];
  shuffleAnswers: boolean | null;
  graderInfo: string | null;
  correctFeedback: string | null;
  partiallyCorrectFeedback: string | null;
  incorrectFeedback: string | null;
}

export interface PreviewChoice {
  id: string;
  text: string;
}

/** What the learner is asked to do; only the answer-free parts of the question. */
export type PreviewInput =
  | { kind: 'single'; choices: PreviewChoice[] }
  | { kind: 'multiple'; choices: PreviewChoice[] }
  | { kind: 'trueFalse' }
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'matching'; stems: PreviewChoice[]; answers: string[] }
  | { kind: 'essay' }
  | { kind: 'none' };

export interface KeyedAnswer {
  text: string;
  /** -1..1 */
  fraction: number;
  feedback: string | null;
}

export interface NumericKey {
  value: number;
  tolerance: number;
  min: number;
  max: number;
  fraction: number;
  feedback: string | null;
}

/** The answer key: only shown when the trainer asks for it. */
export interface PreviewKey {
  choices: KeyedAnswer[];
  correctBoolean: boolean | null;
  rightFeedback: string | null;
  wrongFeedback: string | null;
  accepted: KeyedAnswer[];
  caseSensitive: boolean;
  usesWildcard: boolean;
  numeric: NumericKey[];
  pairs: { prompt: string; answer: string }[];
  distractors: string[];
  generalFeedback: string | null;
  graderInfo: string | null;
  correctFeedback: string | null;
  partiallyCorrectFeedback: string | null;
  incorrectFeedback: string | null;
}

export interface PreviewModel {
  type: QuestionType;
  prompt: string;
  promptFormat: QuestionTextFormat;
  /** null for a description, which is not graded */
  points: number | null;
  shuffled: boolean;
  input: PreviewInput;
  key: PreviewKey;
}

const present = (text: string | null | undefined): string | null => (text && text.trim() !== '' ? text : null);

/** Builds what the learner sees during an attempt (input) and, apart, the answer key. */
export function buildPreviewModel(question: PreviewQuestion): PreviewModel {
  const choices = question.options.filter((option) => option.text.trim() !== '');
  const pairs = question.matchPairs.filter((pair) => pair.answer.trim() !== '');
  const stems = pairs.filter((pair) => pair.prompt.trim() !== '');
  const key: PreviewKey = {
    choices: [],
    correctBoolean: null,
    rightFeedback: null,
    wrongFeedback: null,
    accepted: [],
    caseSensitive: question.caseSensitive ?? false,
    usesWildcard: false,
    numeric: [],
    pairs: [],
    distractors: [],
    generalFeedback: present(question.generalFeedback),
    graderInfo: null,
    correctFeedback: null,
    partiallyCorrectFeedback: null,
    incorrectFeedback: null,
  };
  let input: PreviewInput;
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      input = {
        kind: question.type === 'SINGLE_CHOICE' ? 'single' : 'multiple',
        choices: choices.map((option, index) => ({ id: `choice-${index}`, text: option.text })),
      };
      key.choices = choices.map((option) => ({ text: option.text, fraction: option.fraction, feedback: present(option.feedback) }));
      Object.assign(key, combinedFeedback(question));
      break;
    case 'TRUE_FALSE':
      input = { kind: 'trueFalse' };
      key.correctBoolean = question.correctBoolean;
      key.rightFeedback = present(question.correctBoolean === false ? question.falseFeedback : question.trueFeedback);
      key.wrongFeedback = present(question.correctBoolean === false ? question.trueFeedback : question.falseFeedback);
      break;
    case 'SHORT_ANSWER':
      input = { kind: 'text' };
      key.accepted = choices.map((option) => ({ text: option.text, fraction: option.fraction, feedback: present(option.feedback) }));
      key.usesWildcard = choices.some((option) => option.text.includes('*'));
      break;
    case 'NUMERIC':
      input = { kind: 'number' };
      key.numeric = question.numericAnswers.map((answer) => ({
        ...answer,
        feedback: present(answer.feedback),
        min: answer.value - answer.tolerance,
        max: answer.value + answer.tolerance,
      }));
      break;
    case 'MATCHING': {
      const answers = [...new Set(pairs.map((pair) => pair.answer.trim()))].sort(compareVietnamese);
      input = { kind: 'matching', stems: stems.map((pair, index) => ({ id: `stem-${index}`, text: pair.prompt })), answers };
      key.pairs = stems.map((pair) => ({ prompt: pair.prompt, answer: pair.answer.trim() }));
      key.distractors = pairs.filter((pair) => pair.prompt.trim() === '').map((pair) => pair.answer.trim());
      Object.assign(key, combinedFeedback(question));
      break;
    }
    case 'ESSAY':
      input = { kind: 'essay' };
      key.graderInfo = present(question.graderInfo);
      break;
    case 'DESCRIPTION':
    default:
      input = { kind: 'none' };
      break;
  }
  return {
    type: question.type,
    prompt: question.prompt,
    promptFormat: question.promptFormat,
    points: question.type === 'DESCRIPTION' ? null : question.defaultPoints,
    shuffled: (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE' || question.type === 'MATCHING') && question.shuffleAnswers !== false,
    input,
    key,
  };
}

function combinedFeedback(question: PreviewQuestion): Pick<PreviewKey, 'correctFeedback' | 'partiallyCorrectFeedback' | 'incorrectFeedback'> {
  return {
    correctFeedback: present(question.correctFeedback),
    partiallyCorrectFeedback: present(question.partiallyCorrectFeedback),
    incorrectFeedback: present(question.incorrectFeedback),
  };
}

/** The editor's form as a question for the preview: what cannot be read yet counts as 0, nothing is refused. */
export function formToPreviewQuestion(form: QuestionForm): PreviewQuestion {
  const grade = (text: string) => {
    const parsed = parseFractionInput(text);
    return parsed.ok ? parsed.fraction : 0;
  };
  const right = form.rightFeedback.trim() ? form.rightFeedback : null;
  const wrong = form.wrongFeedback.trim() ? form.wrongFeedback : null;
  return {
    type: form.type,
    name: form.name || null,
    prompt: form.prompt,
    promptFormat: form.promptFormat,
    defaultPoints: parseDecimalInput(form.defaultPoints) ?? 0,
    generalFeedback: form.generalFeedback || null,
    options: form.options.map((option) => ({ text: option.text, fraction: grade(option.grade), feedback: option.feedback || null })),
    correctBoolean: form.correctBoolean,
    trueFeedback: form.correctBoolean === false ? wrong : right,
    falseFeedback: form.correctBoolean === false ? right : wrong,
    caseSensitive: form.caseSensitive,
    numericAnswers: form.numericAnswers
      .map((answer) => ({ value: parseDecimalInput(answer.value), tolerance: parseDecimalInput(answer.tolerance) ?? 0, fraction: grade(answer.grade), feedback: answer.feedback || null }))
      .filter((answer): answer is { value: number; tolerance: number; fraction: number; feedback: string | null } => answer.value !== null),
    matchPairs: form.matchPairs.map((pair) => ({ prompt: pair.prompt, answer: pair.answer })),
    shuffleAnswers: form.shuffleAnswers,
    graderInfo: form.graderInfo || null,
    correctFeedback: form.correctFeedback || null,
    partiallyCorrectFeedback: form.partiallyCorrectFeedback || null,
    incorrectFeedback: form.incorrectFeedback || null,
  };
}
