import type { ExamOverrideInput } from '@hocso/portal-data-access';
import { isoOfLocalInput } from './exam-form-model';
import { parseTypedNumber } from '../attempt/numeric-answer';

/** The API's bounds (README, exam definitions). */
export const MAX_TIME_MULTIPLIER = 5;
export const MAX_EXTRA_ATTEMPTS = 20;

export interface OverrideFormValues {
  target: 'user' | 'orgUnit';
  userId: string;
  orgUnitId: string;
  /** '' leaves the exam's time; 1.5 = half as much time again. */
  timeMultiplier: string;
  extraAttempts: string;
  opensAt: string;
  closesAt: string;
}

export const emptyOverride = (): OverrideFormValues => ({ target: 'user', userId: '', orgUnitId: '', timeMultiplier: '', extraAttempts: '', opensAt: '', closesAt: '' });

/** A number typed with a decimal comma or point, not below zero. */
const decimal = (value: string) => {
  const parsed = parseTypedNumber(value);
  return parsed !== null && parsed >= 0 ? parsed : null;
};

/** A time multiplier typed with a decimal comma or point, within 1 … MAX_TIME_MULTIPLIER; null otherwise. */
export function timeMultiplierOf(text: string): number | null {
  const value = decimal(text);
  return value !== null && value >= 1 && value <= MAX_TIME_MULTIPLIER ? value : null;
}

/** The setExamOverride input, or the fields to correct (keys under `exams.overrides.errors`). */
export function overrideInputOf(examId: string, values: OverrideFormValues): { input: ExamOverrideInput; errors: null } | { input: null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const userId = values.target === 'user' ? values.userId : '';
  const orgUnitId = values.target === 'orgUnit' ? values.orgUnitId : '';
  if (!userId && !orgUnitId) errors[values.target === 'user' ? 'userId' : 'orgUnitId'] = 'targetRequired';
  const timeMultiplier = values.timeMultiplier.trim() ? timeMultiplierOf(values.timeMultiplier) : null;
  if (values.timeMultiplier.trim() && timeMultiplier === null) errors['timeMultiplier'] = 'multiplier';
  const extraAttempts = values.extraAttempts.trim() ? (/^\d+$/.test(values.extraAttempts.trim()) ? Number(values.extraAttempts.trim()) : null) : null;
  if (values.extraAttempts.trim() && (extraAttempts === null || extraAttempts > MAX_EXTRA_ATTEMPTS)) errors['extraAttempts'] = 'extraAttempts';
  const opensAt = values.opensAt ? isoOfLocalInput(values.opensAt) : null;
  const closesAt = values.closesAt ? isoOfLocalInput(values.closesAt) : null;
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors['closesAt'] = 'closesAfterOpens';
  if (timeMultiplier === null && extraAttempts === null && !opensAt && !closesAt && !errors['timeMultiplier'] && !errors['extraAttempts']) errors['timeMultiplier'] = 'nothingChanged';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: { examId, userId: userId || null, orgUnitId: orgUnitId || null, timeMultiplier, extraAttempts, opensAt, closesAt },
  };
}
