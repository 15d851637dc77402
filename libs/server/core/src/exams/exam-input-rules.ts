import { DomainError } from '../errors/domain.error';
import { EXAM_LIMITS } from './exam-limits';
import {
  DEFAULT_PASS_PERCENT,
  DEFAULT_REVIEW_POLICY,
  GRADING_METHODS,
  type GradingMethod,
  REVIEW_VISIBILITIES,
  type ReviewPolicy,
} from './exam-settings';

export interface ExamRuleCommand {
  /** A category path as the question bank writes it (`top/Kỹ năng số`); null or empty: the whole bank. */
  category?: string | null;
  count: number;
  /** Points of each drawn question; null: each question's own default points. */
  points?: number | null;
}

/** What creating or updating an exam sends: the whole form; what is omitted takes its default. */
export interface ExamCommand {
  title: string;
  bankId: string;
  instructions?: string | null;
  rules: ExamRuleCommand[];
  timeLimitSeconds?: number | null;
  maxAttempts?: number | null;
  attemptDelaySeconds?: number | null;
  passPercent?: number | null;
  shuffleQuestions?: boolean | null;
  shuffleOptions?: boolean | null;
  gradingMethod?: GradingMethod | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  graceSeconds?: number | null;
  reviewPolicy?: Partial<Record<keyof ReviewPolicy, ReviewPolicy[keyof ReviewPolicy] | null>> | null;
  openToAll?: boolean | null;
}

/** The settings of an exam once checked, as they are stored (the rules are checked against the bank apart). */
export interface ExamSettingsValues {
  title: string;
  instructions: string;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  attemptDelaySeconds: number;
  passPercent: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  gradingMethod: GradingMethod;
  opensAt: Date | null;
  closesAt: Date | null;
  graceSeconds: number;
  reviewPolicy: ReviewPolicy;
  openToAll: boolean;
}

/** Checks every setting of the form but the rules' categories, each refusal naming its field. */
export function examSettingsOf(command: ExamCommand): ExamSettingsValues {
  const title = (command.title ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (title === '') throw DomainError.badInput('title', 'exam.titleRequired');
  if (title.length > EXAM_LIMITS.titleLength) throw DomainError.badInput('title', 'exam.titleTooLong', { max: EXAM_LIMITS.titleLength });
  const instructions = (command.instructions ?? '').normalize('NFC').trim();
  if (instructions.length > EXAM_LIMITS.instructionsLength) {
    throw DomainError.badInput('instructions', 'exam.instructionsTooLong', { max: EXAM_LIMITS.instructionsLength });
  }
  const timeLimitSeconds = command.timeLimitSeconds ?? null;
  if (timeLimitSeconds !== null && !isIntegerIn(timeLimitSeconds, 1, EXAM_LIMITS.timeLimitSeconds)) {
    throw DomainError.badInput('timeLimitSeconds', 'exam.timeLimitRange', { max: EXAM_LIMITS.timeLimitSeconds });
  }
  const maxAttempts = command.maxAttempts ?? null;
  if (maxAttempts !== null && !isIntegerIn(maxAttempts, 1, EXAM_LIMITS.maxAttempts)) {
    throw DomainError.badInput('maxAttempts', 'exam.maxAttemptsRange', { max: EXAM_LIMITS.maxAttempts });
  }
  const attemptDelaySeconds = command.attemptDelaySeconds ?? 0;
  if (!isIntegerIn(attemptDelaySeconds, 0, EXAM_LIMITS.attemptDelaySeconds)) {
    throw DomainError.badInput('attemptDelaySeconds', 'exam.attemptDelayRange', { max: EXAM_LIMITS.attemptDelaySeconds });
  }
  const passPercent = command.passPercent ?? DEFAULT_PASS_PERCENT;
  if (!(Number.isFinite(passPercent) && passPercent >= 0 && passPercent <= 100)) throw DomainError.badInput('passPercent', 'exam.passPercentRange');
  const graceSeconds = command.graceSeconds ?? 0;
  if (!isIntegerIn(graceSeconds, 0, EXAM_LIMITS.graceSeconds)) {
    throw DomainError.badInput('graceSeconds', 'exam.graceRange', { max: EXAM_LIMITS.graceSeconds });
  }
  const opensAt = command.opensAt ?? null;
  const closesAt = command.closesAt ?? null;
  assertWindowOrder(opensAt, closesAt);
  const gradingMethod = command.gradingMethod ?? 'HIGHEST';
  if (!GRADING_METHODS.includes(gradingMethod)) throw DomainError.badInput('gradingMethod', 'exam.valueUnknown', { value: String(gradingMethod) });
  return {
    title,
    instructions,
    timeLimitSeconds,
    maxAttempts,
    attemptDelaySeconds,
    passPercent,
    shuffleQuestions: command.shuffleQuestions ?? false,
    shuffleOptions: command.shuffleOptions ?? true,
    gradingMethod,
    opensAt,
    closesAt,
    graceSeconds,
    reviewPolicy: reviewPolicyOf(command.reviewPolicy),
    openToAll: command.openToAll ?? false,
  };
}

/** The rules' shape (how many, how many questions, points), before their categories are looked up in the bank. */
export function assertRulesShape(rules: readonly ExamRuleCommand[]): void {
  if (rules.length === 0) throw DomainError.badInput('rules', 'exam.rulesRequired');
  if (rules.length > EXAM_LIMITS.rules) throw DomainError.badInput('rules', 'exam.tooManyRules', { max: EXAM_LIMITS.rules });
  rules.forEach((rule, index) => {
    if (!isIntegerIn(rule.count, 1, EXAM_LIMITS.questionsPerRule)) {
      throw DomainError.badInput(`rules[${index}].count`, 'exam.ruleCountRange', { max: EXAM_LIMITS.questionsPerRule });
    }
    const points = rule.points ?? null;
    if (points !== null && !(Number.isFinite(points) && points > 0 && points <= EXAM_LIMITS.rulePoints)) {
      throw DomainError.badInput(`rules[${index}].points`, 'exam.rulePointsRange', { max: EXAM_LIMITS.rulePoints });
    }
  });
  const total = rules.reduce((sum, rule) => sum + rule.count, 0);
  if (total > EXAM_LIMITS.questions) throw DomainError.badInput('rules', 'exam.tooManyQuestions', { max: EXAM_LIMITS.questions, asked: total });
}

export function assertWindowOrder(opensAt: Date | null, closesAt: Date | null, field = 'closesAt'): void {
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) throw DomainError.badInput(field, 'exam.windowOrder');
}

function reviewPolicyOf(input: ExamCommand['reviewPolicy']): ReviewPolicy {
  const policy = { ...DEFAULT_REVIEW_POLICY };
  for (const part of Object.keys(DEFAULT_REVIEW_POLICY) as Array<keyof ReviewPolicy>) {
    const value = input?.[part];
    if (value === undefined || value === null) continue;
    if (!REVIEW_VISIBILITIES.includes(value)) throw DomainError.badInput(`reviewPolicy.${part}`, 'exam.valueUnknown', { value: String(value) });
    policy[part] = value;
  }
  return policy;
}

export function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
