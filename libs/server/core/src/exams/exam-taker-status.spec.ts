import type { EffectiveExamSettings } from './exam-effective-settings';
import { type AttemptSummary, takerStatusOf } from './exam-taker-status';

const now = new Date('2027-03-01T08:00:00Z');
const exam = { id: 'e', maxAttempts: 2, opensAt: null, closesAt: null, attemptDelaySeconds: 600, gradingMethod: 'HIGHEST' as const, passPercent: 50 };
const settings: EffectiveExamSettings = { timeMultiplier: 1, maxAttempts: 2, opensAt: null, closesAt: null };
const attempt = (number: number, overrides: Partial<AttemptSummary> = {}): AttemptSummary => ({
  id: `a${number}`,
  number,
  state: 'GRADED',
  startedAt: new Date(now.getTime() - (10 - number) * 3_600_000),
  submittedAt: new Date(now.getTime() - (10 - number) * 3_600_000 + 600_000),
  scorePercent: 40,
  ...overrides,
});

describe('takerStatusOf', () => {
  it('lets a learner without attempts start while the window is open', () => {
    const status = takerStatusOf(exam, settings, [], now);
    expect(status).toMatchObject({ attemptsLeft: 2, nextAttemptAt: null, gradePercent: null, passed: null, canStartOrResume: true });
    expect(takerStatusOf(exam, { ...settings, opensAt: new Date('2027-03-02T00:00:00Z') }, [], now).canStartOrResume).toBe(false);
    expect(takerStatusOf(exam, { ...settings, closesAt: now }, [], now).canStartOrResume).toBe(false);
  });

  it('makes the learner wait the delay after their last attempt, and counts attempts against the limit', () => {
    const justSubmitted = attempt(1, { submittedAt: new Date(now.getTime() - 60_000) });
    const status = takerStatusOf(exam, settings, [justSubmitted], now);
    expect(status.nextAttemptAt).toEqual(new Date(now.getTime() + 540_000));
    expect(status.canStartOrResume).toBe(false);
    expect(takerStatusOf(exam, settings, [attempt(1), attempt(2)], now)).toMatchObject({ attemptsLeft: 0, canStartOrResume: false });
    expect(takerStatusOf(exam, { ...settings, maxAttempts: 3 }, [attempt(1), attempt(2)], now)).toMatchObject({ attemptsLeft: 1, canStartOrResume: true });
    expect(takerStatusOf(exam, { ...settings, maxAttempts: null }, [attempt(1), attempt(2)], now).attemptsLeft).toBeNull();
  });

  it('resumes an attempt in progress even with no attempt left or outside the window', () => {
    const open = attempt(2, { state: 'IN_PROGRESS', submittedAt: null, scorePercent: null });
    const status = takerStatusOf(exam, { ...settings, closesAt: now }, [attempt(1), open], now);
    expect(status).toMatchObject({ inProgressAttemptId: 'a2', attemptsLeft: 0, nextAttemptAt: null, canStartOrResume: true });
  });

  it('grades by the exam grading method over graded attempts only, and passes at the pass mark', () => {
    const attempts = [attempt(1, { scorePercent: 80 }), attempt(2, { scorePercent: 40 }), attempt(3, { state: 'NEEDS_GRADING', scorePercent: null })];
    expect(takerStatusOf(exam, settings, attempts, now)).toMatchObject({ gradePercent: 80, passed: true });
    expect(takerStatusOf({ ...exam, gradingMethod: 'LAST' }, settings, attempts, now)).toMatchObject({ gradePercent: 40, passed: false });
    expect(takerStatusOf({ ...exam, gradingMethod: 'AVERAGE' }, settings, attempts, now)).toMatchObject({ gradePercent: 60, passed: true });
    expect(takerStatusOf({ ...exam, gradingMethod: 'FIRST', passPercent: 80 }, settings, attempts, now)).toMatchObject({ gradePercent: 80, passed: true });
  });
});
