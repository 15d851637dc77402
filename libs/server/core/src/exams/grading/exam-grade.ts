import { DEFAULT_PASS_PERCENT, type GradingMethod } from '../exam-settings';

/** The points of one slot of an attempt: `null` while it waits for a trainer (an essay). */
export interface SlotPoints {
  points: number | null;
  maxPoints: number;
}

/** The score of an attempt. */
export interface AttemptScore {
  /** Sum of the slots' points, never below 0 (negative choice fractions cannot take a total below nothing). */
  points: number;
  maxPoints: number;
  /** 0..100, to two decimals; null while a slot waits for grading, or when the attempt has no points to score. */
  percent: number | null;
  /** Slots with points to give that are not graded yet. */
  pendingSlots: number;
}

/** An attempt as gradeByMethod reads it. */
export interface AttemptPercent {
  startedAt: Date;
  /** null while the attempt is not graded: it does not count yet. */
  percent: number | null;
}

/** Sums an attempt's slots (a slot worth 0 points, such as a description, never waits for grading). */
export function attemptScore(slots: readonly SlotPoints[]): AttemptScore {
  const scored = slots.filter((slot) => slot.maxPoints > 0);
  const pendingSlots = scored.filter((slot) => slot.points === null).length;
  const maxPoints = roundPoints(scored.reduce((sum, slot) => sum + slot.maxPoints, 0));
  const points = Math.max(0, roundPoints(scored.reduce((sum, slot) => sum + (slot.points ?? 0), 0)));
  const percent = pendingSlots > 0 || maxPoints === 0 ? null : roundPercent(Math.min(100, (points / maxPoints) * 100));
  return { points, maxPoints, percent, pendingSlots };
}

/**
 * The learner's grade for the exam from their graded attempts, taken in the order they were started:
 * the highest, the last, the first, or the mean of their percents. Null when none is graded yet.
 */
export function gradeByMethod(attempts: readonly AttemptPercent[], method: GradingMethod): number | null {
  const percents = attempts
    .filter((attempt): attempt is AttemptPercent & { percent: number } => attempt.percent !== null)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map((attempt) => attempt.percent);
  if (percents.length === 0) return null;
  switch (method) {
    case 'HIGHEST':
      return percents.reduce((best, percent) => Math.max(best, percent));
    case 'FIRST':
      return percents[0] ?? null;
    case 'LAST':
      return percents[percents.length - 1] ?? null;
    case 'AVERAGE':
      return roundPercent(percents.reduce((sum, percent) => sum + percent, 0) / percents.length);
  }
}

/**
 * Whether a percent reaches the pass mark (inclusive). It compares the percent as shown, to two decimals,
 * so that nobody is told "50.00 %, failed" against a pass mark of 50 %.
 */
export function passed(percent: number, passPercent: number = DEFAULT_PASS_PERCENT): boolean {
  return roundPercent(percent) >= passPercent;
}

/** Percent to two decimals, half up; the product is first cut to 15 digits so that 1.005 % shows as 1.01 %. */
export function roundPercent(percent: number): number {
  const rounded = Math.round(Number((percent * 100).toPrecision(15))) / 100;
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Points to seven decimals, as Moodle stores marks: 3 × 0.3333333 is 0.9999999, not 0.9999999000000001. */
function roundPoints(points: number): number {
  return Math.round(points * 1e7) / 1e7;
}
