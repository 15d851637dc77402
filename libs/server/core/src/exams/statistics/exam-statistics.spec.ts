import { examStatistics, firstGradedAttempts, type StatisticsAttempt } from './exam-statistics';

const DAY = 24 * 3600 * 1000;
const MAX_POINTS = { q1: 1, q2: 1, q3: 2 } as const;

/** An attempt at the three questions (slots 1–3) plus a description in slot 4, from the fractions scored. */
function attempt(learnerId: string, day: number, fractions: [number, number, number] | null): StatisticsAttempt {
  const [f1, f2, f3] = fractions ?? [0, 0, 0];
  return {
    learnerId,
    startedAt: new Date(day * DAY),
    totalPoints: fractions === null ? null : f1 * MAX_POINTS.q1 + f2 * MAX_POINTS.q2 + f3 * MAX_POINTS.q3,
    slots: [
      { slot: 1, questionId: 'q1', fraction: fractions && f1, maxPoints: MAX_POINTS.q1 },
      { slot: 2, questionId: 'q2', fraction: fractions && f2, maxPoints: MAX_POINTS.q2 },
      { slot: 3, questionId: 'q3', fraction: fractions && f3, maxPoints: MAX_POINTS.q3 },
      { slot: 4, questionId: 'description', fraction: null, maxPoints: 0 },
    ],
  };
}

describe('examStatistics, against figures worked out by hand', () => {
  // Points per question (q1 of 1, q2 of 1, q3 of 2) and total of 4, in each learner's first graded attempt:
  //   A: 1 0 2 = 3 (75 %)    B: 1 0 0 = 1 (25 %)    C: 0 1 2 = 3 (75 %)
  //   D: 1 1 2 = 4 (100 %)   E: 0 0 1 = 1 (25 %)
  const attempts = [
    attempt('A', 1, [1, 0, 1]),
    attempt('B', 1, null), // B's first attempt still waits for grading: B's next one counts
    attempt('B', 3, [1, 0, 0]),
    attempt('C', 2, [0, 1, 1]),
    attempt('D', 2, [1, 1, 1]),
    attempt('D', 5, [0, 0, 0]), // a later attempt of D: not counted
    attempt('E', 4, [0, 0, 0.5]),
  ];
  const statistics = examStatistics(attempts);

  it('counts each learner’s first graded attempt once', () => {
    expect(statistics.attemptCount).toBe(5);
    expect(firstGradedAttempts(attempts).map((counted) => `${counted.learnerId}@${counted.startedAt.getTime() / DAY}`)).toEqual([
      'A@1',
      'B@3',
      'C@2',
      'D@2',
      'E@4',
    ]);
  });

  it('gives the mean, median and sample standard deviation of the percents', () => {
    // Percents 75, 25, 75, 100, 25: sum 300, mean 60. Sorted 25, 25, 75, 75, 100: median 75.
    expect(statistics.meanPercent).toBe(60);
    expect(statistics.medianPercent).toBe(75);
    // Deviations 15, −35, 15, 40, −35; squares 225 + 1225 + 225 + 1600 + 1225 = 4500; / (5 − 1) = 1125.
    expect(statistics.standardDeviation).toBeCloseTo(Math.sqrt(1125), 10); // 33.541
  });

  it('gives Cronbach’s alpha over the three slots (the description is left out)', () => {
    // Item variances (sample): q1 points 1,1,0,1,0: mean 0.6, squares 0.16·3 + 0.36·2 = 1.2, / 4 = 0.3.
    //   q2 points 0,0,1,1,0: mean 0.4, squares 0.16·3 + 0.36·2 = 1.2, / 4 = 0.3.
    //   q3 points 2,0,2,2,1: mean 1.4, squares 0.36 + 1.96 + 0.36 + 0.36 + 0.16 = 3.2, / 4 = 0.8.  Sum 1.4.
    // Totals 3,1,3,4,1: mean 2.4, squares 0.36 + 1.96 + 0.36 + 2.56 + 1.96 = 7.2, / 4 = 1.8.
    // alpha = 3/2 × (1 − 1.4 / 1.8) = 1.5 × 0.4/1.8 = 1/3.
    expect(statistics.cronbachAlpha).toBeCloseTo(1 / 3, 10);
  });

  it('gives each question its facility and its discrimination against the rest of the attempt', () => {
    // q1: points x = 1,1,0,1,0 (mean 0.6); rest y = total − x = 2,0,3,3,1 (mean 1.8).
    //   dx = .4 .4 −.6 .4 −.6; dy = .2 −1.8 1.2 1.2 −.8
    //   Σdx² = 1.2; Σdy² = .04 + 3.24 + 1.44 + 1.44 + .64 = 6.8; Σdxdy = .08 − .72 − .72 + .48 + .48 = −0.4
    //   r = −0.4 / √(1.2 × 6.8) = −0.4 / √8.16 = −0.1400
    // q2: x = 0,0,1,1,0 (mean 0.4); y = 3,1,2,3,1 (mean 2).
    //   dx = −.4 −.4 .6 .6 −.4; dy = 1 −1 0 1 −1; Σdx² = 1.2; Σdy² = 4; Σdxdy = −.4 + .4 + 0 + .6 + .4 = 1
    //   r = 1 / √4.8 = 0.4564
    // q3: x = 2,0,2,2,1 (mean 1.4; fractions 1,0,1,1,.5: facility 3.5/5 = 0.7); y = 1,1,1,2,0 (mean 1).
    //   dx = .6 −1.4 .6 .6 −.4; dy = 0 0 0 1 −1; Σdx² = 3.2; Σdy² = 2; Σdxdy = .6 + .4 = 1
    //   r = 1 / √6.4 = 0.3953
    expect(statistics.questions).toEqual([
      { slot: 1, questionId: 'q1', attempts: 5, facility: 0.6, discrimination: expect.closeTo(-0.4 / Math.sqrt(8.16), 10), flags: ['NEGATIVE_DISCRIMINATION'] },
      { slot: 2, questionId: 'q2', attempts: 5, facility: 0.4, discrimination: expect.closeTo(1 / Math.sqrt(4.8), 10), flags: [] },
      { slot: 3, questionId: 'q3', attempts: 5, facility: 0.7, discrimination: expect.closeTo(1 / Math.sqrt(6.4), 10), flags: [] },
    ]);
  });

  it('counts the scores in ten bins of 10 %, 100 % in the last', () => {
    expect(statistics.histogram.map((bin) => bin.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 2, 0, 1]);
    expect(statistics.histogram[9]).toEqual({ fromPercent: 90, toPercent: 100, count: 1 });
  });
});

describe('examStatistics, edge cases', () => {
  it('has figures but no spread, alpha or discrimination for one attempt', () => {
    const statistics = examStatistics([attempt('A', 1, [1, 0, 0.5])]);
    expect(statistics).toMatchObject({ attemptCount: 1, meanPercent: 50, medianPercent: 50, standardDeviation: null, cronbachAlpha: null });
    expect(statistics.questions.map((question) => [question.facility, question.discrimination, question.flags])).toEqual([
      [1, null, ['VERY_EASY']],
      [0, null, ['VERY_HARD']],
      [0.5, null, []],
    ]);
  });

  it('has no spread, alpha or discrimination when every score is the same', () => {
    const statistics = examStatistics([attempt('A', 1, [1, 0, 0.5]), attempt('B', 1, [1, 0, 0.5]), attempt('C', 1, [1, 0, 0.5])]);
    expect(statistics).toMatchObject({ attemptCount: 3, meanPercent: 50, medianPercent: 50, standardDeviation: 0, cronbachAlpha: null });
    expect(statistics.questions.every((question) => question.discrimination === null)).toBe(true);
  });

  it('takes rounding noise for no variation: a question everyone scored 0.1 on has no discrimination', () => {
    const tenths = (learnerId: string, other: number): StatisticsAttempt => ({
      learnerId,
      startedAt: new Date(0),
      totalPoints: 0.1 + other,
      slots: [
        { slot: 1, questionId: 'same', fraction: 0.1, maxPoints: 1 },
        { slot: 2, questionId: 'other', fraction: other, maxPoints: 1 },
      ],
    });
    const statistics = examStatistics([tenths('A', 0), tenths('B', 1), tenths('C', 0.5)]);
    expect(statistics.questions.map((question) => [question.questionId, question.discrimination])).toEqual([
      ['same', null],
      ['other', null],
    ]);
  });

  it('takes the mean of the two middle percents for an even count', () => {
    expect(examStatistics([attempt('A', 1, [1, 0, 0]), attempt('B', 1, [1, 1, 0]), attempt('C', 1, [1, 1, 1])]).medianPercent).toBe(50);
    expect(examStatistics([attempt('A', 1, [1, 0, 0]), attempt('B', 1, [1, 1, 1])]).medianPercent).toBe(62.5);
  });

  it('is empty before any attempt is graded', () => {
    const statistics = examStatistics([attempt('A', 1, null)]);
    expect(statistics).toMatchObject({ attemptCount: 0, meanPercent: null, medianPercent: null, standardDeviation: null, cronbachAlpha: null, questions: [] });
    expect(statistics.histogram.every((bin) => bin.count === 0)).toBe(true);
  });

  it('follows a question through the slots it was drawn into, listed at its first slot', () => {
    const drawn = (learnerId: string, first: string, second: string, fractions: [number, number]): StatisticsAttempt => ({
      learnerId,
      startedAt: new Date(0),
      totalPoints: fractions[0] + fractions[1],
      slots: [
        { slot: 1, questionId: first, fraction: fractions[0], maxPoints: 1 },
        { slot: 2, questionId: second, fraction: fractions[1], maxPoints: 1 },
      ],
    });
    const statistics = examStatistics([drawn('A', 'x', 'y', [1, 0]), drawn('B', 'y', 'z', [1, 1]), drawn('C', 'z', 'x', [0, 1])]);
    expect(statistics.questions.map(({ slot, questionId, attempts, facility }) => ({ slot, questionId, attempts, facility }))).toEqual([
      { slot: 1, questionId: 'x', attempts: 2, facility: 1 },
      { slot: 1, questionId: 'y', attempts: 2, facility: 0.5 },
      { slot: 1, questionId: 'z', attempts: 2, facility: 0.5 },
    ]);
  });
});
