import type { GradingMethod } from './exam-settings';

/** An attempt as gradeByMethod reads it. */
export interface AttemptPercent {
  startedAt: Date;
  /** null while the attempt is not graded: it does not count yet. */
  percent: number | null;
}

/**
 * The learner's grade for the exam from their graded attempts, in the order they were started: the highest,
 * the last, the first, or the mean of their percents (Moodle's grading methods). Null when none is graded yet.
 */
export function gradeByMethod(attempts: readonly AttemptPercent[], method: GradingMethod): number | null {
  const percents = attempts
    .filter((attempt): attempt is AttemptPercent & { percent: number } => attempt.percent !== null)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map((attempt) => attempt.percent);
  if (percents.length === 0) return null;
  switch (method) {
    case 'HIGHEST':
      return Math.max(...percents);
    case 'FIRST':
      return percents[0] as number;
    case 'LAST':
      return percents[percents.length - 1] as number;
    case 'AVERAGE':
      return Math.round((percents.reduce((sum, percent) => sum + percent, 0) / percents.length) * 100) / 100;
  }
}

/** Whether an exam grade reaches the pass mark (inclusive). */
export function passesExam(percent: number, passPercent: number): boolean {
  return Math.round(percent * 100) / 100 >= passPercent;
}
