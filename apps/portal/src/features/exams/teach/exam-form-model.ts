import type { CreateExamInput, ExamEditorFieldsFragment, ExamRuleInput, GradingMethod, ReviewVisibility } from '@hocso/portal-data-access';
import { parseTypedNumber } from '../attempt/numeric-answer';

export interface RuleValues {
  /** Stable key for the list, not sent. */
  key: string;
  /** A category path; '' draws from the whole bank. */
  category: string;
  count: string;
  /** '' gives each question its own points. */
  points: string;
}

export type ReviewPart = 'score' | 'correctness' | 'feedback' | 'rightAnswers';
export const REVIEW_PARTS: readonly ReviewPart[] = ['score', 'correctness', 'feedback', 'rightAnswers'];
export const REVIEW_VISIBILITIES: readonly ReviewVisibility[] = ['NEVER', 'AFTER_SUBMIT', 'AFTER_CLOSE'];
export const GRADING_METHODS: readonly GradingMethod[] = ['HIGHEST', 'LAST', 'FIRST', 'AVERAGE'];

/** The editor's fields as typed: numbers and dates stay text until sent. */
export interface ExamFormValues {
  title: string;
  instructions: string;
  rules: RuleValues[];
  /** '' = untimed. */
  timeLimitMinutes: string;
  /** '' = unlimited. */
  maxAttempts: string;
  attemptDelayMinutes: string;
  passPercent: string;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** `<input type="datetime-local">` values in the device's time zone; '' = none. */
  opensAt: string;
  closesAt: string;
  graceSeconds: string;
  reviewPolicy: Record<ReviewPart, ReviewVisibility>;
  openToAll: boolean;
}

let nextKey = 0;
export const newRule = (category = ''): RuleValues => ({ key: `rule-${(nextKey += 1)}`, category, count: '10', points: '' });

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** `2026-05-01T08:30` in the device's time zone, as a datetime-local input shows it. */
export function localDateTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The instant a datetime-local value means in the device's time zone; null for '' or nonsense. */
export function isoOfLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function examFormValues(exam?: ExamEditorFieldsFragment | null): ExamFormValues {
  return {
    title: exam?.title ?? '',
    instructions: exam?.instructions ?? '',
    rules: exam ? exam.rules.map((rule) => ({ ...newRule(rule.category ?? ''), count: String(rule.count), points: text(rule.points) })) : [newRule()],
    timeLimitMinutes: exam?.timeLimitSeconds ? String(Math.round(exam.timeLimitSeconds / 60)) : exam ? '' : '30',
    maxAttempts: exam ? text(exam.maxAttempts) : '1',
    attemptDelayMinutes: exam ? String(Math.round(exam.attemptDelaySeconds / 60)) : '0',
    passPercent: exam ? String(exam.passPercent) : '50',
    gradingMethod: exam?.gradingMethod ?? 'HIGHEST',
    shuffleQuestions: exam?.shuffleQuestions ?? true,
    shuffleOptions: exam?.shuffleOptions ?? true,
    opensAt: localDateTimeInput(exam?.opensAt),
    closesAt: localDateTimeInput(exam?.closesAt),
    graceSeconds: exam ? String(exam.graceSeconds) : '60',
    reviewPolicy: exam
      ? { score: exam.reviewPolicy.score, correctness: exam.reviewPolicy.correctness, feedback: exam.reviewPolicy.feedback, rightAnswers: exam.reviewPolicy.rightAnswers }
      : { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'AFTER_CLOSE' },
    openToAll: exam?.openToAll ?? false,
  };
}

/** What is wrong with a field, as a translation key under `exams.editor.errors`; the field named as the API names it. */
export type FormErrors = Record<string, string>;

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);
/** A number typed with a decimal comma or point, not below zero. */
const decimal = (value: string) => {
  const parsed = parseTypedNumber(value);
  return parsed !== null && parsed >= 0 ? parsed : null;
};

/** The rules that can be counted now (a count that is a whole number), for examRuleCounts. */
export function countableRules(rules: readonly RuleValues[]): ExamRuleInput[] {
  return rules.map((rule) => ({ category: rule.category || null, count: wholeNumber(rule.count) ?? 0, points: rule.points.trim() ? decimal(rule.points) : null }));
}

/** The input createExam and updateExam take, or what to correct first. */
export function examInputOf(values: ExamFormValues, bankId: string): { input: CreateExamInput; errors: null } | { input: null; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors['title'] = 'titleRequired';
  if (values.rules.length === 0) errors['rules'] = 'rulesRequired';
  const rules: ExamRuleInput[] = values.rules.map((rule, index) => {
    const count = wholeNumber(rule.count);
    if (count === null || count < 1) errors[`rules.${index}.count`] = 'countPositive';
    const points = rule.points.trim() ? decimal(rule.points) : null;
    if (rule.points.trim() && (points === null || points <= 0)) errors[`rules.${index}.points`] = 'pointsPositive';
    return { category: rule.category || null, count: count ?? 0, points };
  });
  const optionalWhole = (field: string, value: string, min: number) => {
    if (!value.trim()) return null;
    const parsed = wholeNumber(value);
    if (parsed === null || parsed < min) errors[field] = min > 0 ? 'wholePositive' : 'wholeNumber';
    return parsed;
  };
  const timeLimitMinutes = optionalWhole('timeLimitSeconds', values.timeLimitMinutes, 1);
  const maxAttempts = optionalWhole('maxAttempts', values.maxAttempts, 1);
  const attemptDelayMinutes = optionalWhole('attemptDelaySeconds', values.attemptDelayMinutes, 0) ?? 0;
  const graceSeconds = optionalWhole('graceSeconds', values.graceSeconds, 0) ?? 0;
  const passPercent = decimal(values.passPercent);
  if (passPercent === null || passPercent > 100) errors['passPercent'] = 'percent';
  const opensAt = values.opensAt ? isoOfLocalInput(values.opensAt) : null;
  const closesAt = values.closesAt ? isoOfLocalInput(values.closesAt) : null;
  if (values.opensAt && !opensAt) errors['opensAt'] = 'dateTime';
  if (values.closesAt && !closesAt) errors['closesAt'] = 'dateTime';
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors['closesAt'] = 'closesAfterOpens';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: {
      title: values.title.trim(),
      bankId,
      instructions: values.instructions.trim(),
      rules,
      timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60,
      maxAttempts,
      attemptDelaySeconds: attemptDelayMinutes * 60,
      passPercent,
      gradingMethod: values.gradingMethod,
      shuffleQuestions: values.shuffleQuestions,
      shuffleOptions: values.shuffleOptions,
      opensAt,
      closesAt,
      graceSeconds,
      reviewPolicy: { ...values.reviewPolicy },
      openToAll: values.openToAll,
    },
  };
}

/** The API names a rule's field `rules[0].count` or `input.rules.0.count`; the form keys it `rules.0.count`. */
export function formFieldOf(apiField: string): string {
  return apiField.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}
