import { computeAttemptDeadline } from './attempt-deadline';
import { mergeExamSettings } from './exam-effective-settings';

const exam = { maxAttempts: 2, opensAt: new Date('2027-01-01T00:00:00Z'), closesAt: new Date('2027-01-02T00:00:00Z') };
const none = { timeMultiplier: null, extraAttempts: null, opensAt: null, closesAt: null };

describe('mergeExamSettings', () => {
  it('keeps the exam settings when nothing overrides them', () => {
    expect(mergeExamSettings(exam, [], null)).toEqual({ timeMultiplier: 1, maxAttempts: 2, opensAt: exam.opensAt, closesAt: exam.closesAt });
  });

  it('takes each field from the most specific override that sets it', () => {
    const later = new Date('2027-01-05T00:00:00Z');
    const merged = mergeExamSettings(exam, [{ ...none, extraAttempts: 1 }, { ...none, extraAttempts: 5, closesAt: later }], null);
    expect(merged.maxAttempts).toBe(3);
    expect(merged.closesAt).toEqual(later);
  });

  it('applies the larger of the override multiplier and the personal accommodation', () => {
    expect(mergeExamSettings(exam, [{ ...none, timeMultiplier: 1.25 }], 1.5).timeMultiplier).toBe(1.5);
    expect(mergeExamSettings(exam, [{ ...none, timeMultiplier: 2 }], 1.5).timeMultiplier).toBe(2);
  });

  it('leaves unlimited attempts unlimited', () => {
    expect(mergeExamSettings({ ...exam, maxAttempts: null }, [{ ...none, extraAttempts: 3 }], null).maxAttempts).toBeNull();
  });
});

describe('computeAttemptDeadline', () => {
  const startedAt = new Date('2027-01-01T08:00:00Z');
  const base = { startedAt, timeLimitSeconds: 1800, timeMultiplier: 1, closesAt: null, extensionSeconds: 0, graceSeconds: 30 };

  it('ends at start plus the limit times the multiplier, and accepts saves for the grace after it', () => {
    const result = computeAttemptDeadline({ ...base, timeMultiplier: 1.5 });
    expect(result.deadline?.toISOString()).toBe('2027-01-01T08:45:00.000Z');
    expect(result.acceptsUntil?.toISOString()).toBe('2027-01-01T08:45:30.000Z');
  });

  it('ends at the closing time when it comes first, and moves by the extension', () => {
    const result = computeAttemptDeadline({ ...base, closesAt: new Date('2027-01-01T08:10:00Z'), extensionSeconds: 600 });
    expect(result.deadline?.toISOString()).toBe('2027-01-01T08:20:00.000Z');
  });

  it('has no deadline without a time limit or closing time', () => {
    expect(computeAttemptDeadline({ ...base, timeLimitSeconds: null })).toEqual({ deadline: null, acceptsUntil: null });
  });
});
