import { DEFAULT_PASS_PERCENT } from '../exam-settings';
import { attemptScore, gradeByMethod, passed, roundPercent } from './exam-grade';

describe('attemptScore', () => {
  it('sums the points and gives the percent to two decimals', () => {
    expect(attemptScore([{ points: 1, maxPoints: 1 }, { points: 0.5, maxPoints: 2 }, { points: 0, maxPoints: 3 }])).toEqual({
      points: 1.5,
      maxPoints: 6,
      percent: 25,
      pendingSlots: 0,
    });
    expect(attemptScore([{ points: 2, maxPoints: 3 }]).percent).toBe(66.67);
  });

  it('counts 3 × 0.3333333 as full marks', () => {
    expect(attemptScore([{ points: 0.3333333, maxPoints: 1 }, { points: 0.3333333, maxPoints: 1 }, { points: 0.3333334, maxPoints: 1 }])).toEqual({
      points: 1,
      maxPoints: 3,
      percent: 33.33,
      pendingSlots: 0,
    });
    expect(attemptScore([{ points: 0.9999999, maxPoints: 1 }]).percent).toBe(100);
  });

  it('has no percent while a slot waits for a trainer, and ignores slots worth nothing', () => {
    expect(attemptScore([{ points: 1, maxPoints: 1 }, { points: null, maxPoints: 5 }])).toEqual({ points: 1, maxPoints: 6, percent: null, pendingSlots: 1 });
    expect(attemptScore([{ points: 1, maxPoints: 1 }, { points: null, maxPoints: 0 }])).toEqual({ points: 1, maxPoints: 1, percent: 100, pendingSlots: 0 });
    expect(attemptScore([]).percent).toBeNull();
  });

  it('never takes the total below 0', () => {
    expect(attemptScore([{ points: -0.5, maxPoints: 1 }, { points: 0, maxPoints: 1 }])).toEqual({ points: 0, maxPoints: 2, percent: 0, pendingSlots: 0 });
  });
});

describe('gradeByMethod', () => {
  const at = (day: number, percent: number | null) => ({ startedAt: new Date(Date.UTC(2026, 0, day)), percent });
  // Given out of order: started on the 3rd (40), 1st (70), 2nd (not graded yet), 4th (55).
  const attempts = [at(3, 40), at(1, 70), at(2, null), at(4, 55)];

  it('takes the highest, first, last or mean of the graded attempts in start order', () => {
    expect(gradeByMethod(attempts, 'HIGHEST')).toBe(70);
    expect(gradeByMethod(attempts, 'FIRST')).toBe(70);
    expect(gradeByMethod(attempts, 'LAST')).toBe(55);
    expect(gradeByMethod(attempts, 'AVERAGE')).toBe(55);
    expect(gradeByMethod([at(1, 100), at(2, 0), at(3, 0)], 'AVERAGE')).toBe(33.33);
  });

  it('skips an attempt that waits for grading, even the last one', () => {
    expect(gradeByMethod([at(1, 80), at(2, null)], 'LAST')).toBe(80);
    expect(gradeByMethod([at(1, null), at(2, 30)], 'FIRST')).toBe(30);
  });

  it('is null before any attempt is graded', () => {
    expect(gradeByMethod([], 'HIGHEST')).toBeNull();
    expect(gradeByMethod([at(1, null)], 'AVERAGE')).toBeNull();
  });
});

describe('passed', () => {
  it('includes the pass mark, 50 % by default, compared as shown', () => {
    expect(DEFAULT_PASS_PERCENT).toBe(50);
    expect(passed(50)).toBe(true);
    expect(passed(49.99)).toBe(false);
    expect(passed(49.996)).toBe(true);
    expect(passed(79.5, 80)).toBe(false);
    expect(passed(80, 80)).toBe(true);
  });
});

describe('roundPercent', () => {
  it('rounds half up without binary surprises', () => {
    expect(roundPercent(1.005)).toBe(1.01);
    expect(roundPercent(66.665)).toBe(66.67);
    expect(roundPercent(-0.001)).toBe(0);
    expect(Object.is(roundPercent(-0.001), -0)).toBe(false);
  });
});
