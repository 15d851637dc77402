import type { ReviewPolicy } from './exam-settings';
import { EVERYTHING_VISIBLE, NOTHING_VISIBLE, reviewVisibilityNow, type ReviewMoment } from './review-visibility';

const at = (iso: string): Date => new Date(iso);
const SUBMITTED = at('2026-03-01T08:30:00Z');

function moment(overrides: Partial<ReviewMoment>): ReviewMoment {
  return { now: at('2026-03-01T09:00:00Z'), submittedAt: SUBMITTED, closesAt: null, deadline: null, ...overrides };
}

const MIXED: ReviewPolicy = { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'NEVER', rightAnswers: 'AFTER_CLOSE' };

describe('review visibility', () => {
  it('shows nothing of an attempt in progress, whatever the policy', () => {
    const all: ReviewPolicy = { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'AFTER_SUBMIT' };
    expect(reviewVisibilityNow(all, moment({ submittedAt: null }), false)).toEqual(NOTHING_VISIBLE);
  });

  it('shows AFTER_SUBMIT parts once submitted and NEVER parts never', () => {
    expect(reviewVisibilityNow(MIXED, moment({ closesAt: at('2026-03-01T10:00:00Z') }), false)).toEqual({
      score: true,
      correctness: true,
      feedback: false,
      rightAnswers: false,
    });
  });

  it('shows AFTER_CLOSE parts from the closing time in force for the taker on', () => {
    const closesAt = at('2026-03-01T10:00:00Z');
    expect(reviewVisibilityNow(MIXED, moment({ closesAt, now: at('2026-03-01T09:59:59Z') }), false).rightAnswers).toBe(false);
    expect(reviewVisibilityNow(MIXED, moment({ closesAt, now: closesAt }), false).rightAnswers).toBe(true);
  });

  it('without a closing time, closes the attempt at its own deadline', () => {
    const deadline = at('2026-03-01T09:15:00Z');
    expect(reviewVisibilityNow(MIXED, moment({ deadline, now: at('2026-03-01T09:14:00Z') }), false).rightAnswers).toBe(false);
    expect(reviewVisibilityNow(MIXED, moment({ deadline, now: at('2026-03-01T09:16:00Z') }), false).rightAnswers).toBe(true);
  });

  it('prefers the closing time to the deadline when both exist', () => {
    const m = moment({ deadline: at('2026-03-01T08:45:00Z'), closesAt: at('2026-03-01T10:00:00Z') });
    expect(reviewVisibilityNow(MIXED, m, false).rightAnswers).toBe(false);
  });

  it('never closes an exam with neither a closing time nor a deadline', () => {
    expect(reviewVisibilityNow(MIXED, moment({ now: at('2030-01-01T00:00:00Z') }), false).rightAnswers).toBe(false);
  });

  it('shows the exam’s editors everything, even of an attempt in progress', () => {
    const none: ReviewPolicy = { score: 'NEVER', correctness: 'NEVER', feedback: 'NEVER', rightAnswers: 'NEVER' };
    expect(reviewVisibilityNow(none, moment({ submittedAt: null }), true)).toEqual(EVERYTHING_VISIBLE);
  });
});
