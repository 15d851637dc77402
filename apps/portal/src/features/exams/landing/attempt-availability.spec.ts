import { describe, expect, it } from '@jest/globals';
import { attemptAvailability, type AvailabilityInput } from './attempt-availability';

const NOW = Date.parse('2026-05-01T08:00:00Z');
const base: AvailabilityInput = { canTake: true, opensAt: null, closesAt: null, attemptsLeft: null, nextAttemptAt: null, inProgressAttemptId: null, nowMs: NOW };

describe('attemptAvailability', () => {
  it('resumes an attempt in progress before anything else', () => {
    expect(attemptAvailability({ ...base, closesAt: '2026-04-30T00:00:00Z', inProgressAttemptId: 'a1' })).toEqual({ kind: 'resume', attemptId: 'a1' });
  });

  it('starts when open, with attempts left and no delay to wait', () => {
    expect(attemptAvailability({ ...base, opensAt: '2026-05-01T07:00:00Z', closesAt: '2026-05-01T09:00:00Z', attemptsLeft: 1 })).toEqual({ kind: 'start' });
  });

  it('says why it cannot start', () => {
    expect(attemptAvailability({ ...base, canTake: false })).toEqual({ kind: 'notAllowed' });
    expect(attemptAvailability({ ...base, opensAt: '2026-05-01T09:00:00Z' })).toEqual({ kind: 'notOpenYet', opensAt: '2026-05-01T09:00:00Z' });
    expect(attemptAvailability({ ...base, closesAt: '2026-05-01T08:00:00Z' })).toEqual({ kind: 'closed' });
    expect(attemptAvailability({ ...base, attemptsLeft: 0 })).toEqual({ kind: 'noAttemptsLeft' });
    expect(attemptAvailability({ ...base, nextAttemptAt: '2026-05-01T08:10:00Z' })).toEqual({ kind: 'wait', until: '2026-05-01T08:10:00Z' });
    expect(attemptAvailability({ ...base, nextAttemptAt: '2026-05-01T07:59:00Z' })).toEqual({ kind: 'start' });
  });
});
