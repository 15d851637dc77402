import type { AnswerResponse } from './answer-response';
import type { AttemptSlot, SlotResult } from './attempt-slot';
import type { AttemptState } from './exam-settings';
import { gradeResponse } from './interim-grading';
import type { FrozenQuestion } from './question-version-cache';

/** What grading an attempt writes on it. */
export interface AttemptScore {
  state: Exclude<AttemptState, 'IN_PROGRESS'>;
  results: SlotResult[];
  /**
   * The points earned so far (essays waiting for a trainer count nothing yet). A single choice's negative
   * fraction takes points off, as in Moodle, but the attempt never falls below zero.
   */
  scorePoints: number;
  /** Null while an essay waits for a trainer. */
  scorePercent: number | null;
  passed: boolean | null;
}

/** Points kept to 7 decimals, as Moodle's grades: a sum of fractions never shows 0.30000000000000004. */
function roundPoints(points: number): number {
  return Math.round(points * 1e7) / 1e7;
}

/**
 * Grades every slot on the version frozen in it with the pure grader; an essay leaves the attempt
 * NEEDS_GRADING (no percent, no pass yet) until a trainer grades it.
 */
export function scoreAttempt(
  slots: readonly AttemptSlot[],
  answers: ReadonlyMap<number, AnswerResponse>,
  questions: ReadonlyMap<string, FrozenQuestion>,
  exam: { passPercent: number },
): AttemptScore {
  const results = slots.map((slot): SlotResult => {
    const question = questions.get(slot.versionId);
    if (!question) throw new Error(`Question version ${slot.versionId} of slot ${slot.slot} is missing`);
    const grade = gradeResponse(slot.type, question.content, answers.get(slot.slot) ?? null);
    return {
      slot: slot.slot,
      fraction: grade.fraction,
      points: grade.fraction === null ? (grade.outcome === 'NEEDS_GRADING' ? null : 0) : roundPoints(grade.fraction * slot.maxPoints),
      outcome: grade.outcome,
    };
  });
  const scorePoints = Math.max(0, roundPoints(results.reduce((sum, result) => sum + (result.points ?? 0), 0)));
  const waiting = results.some((result) => result.outcome === 'NEEDS_GRADING');
  const maxPoints = slots.reduce((sum, slot) => sum + slot.maxPoints, 0);
  const scorePercent = waiting ? null : maxPoints > 0 ? roundPoints((scorePoints / maxPoints) * 100) : 0;
  return {
    state: waiting ? 'NEEDS_GRADING' : 'GRADED',
    results,
    scorePoints,
    scorePercent,
    passed: scorePercent === null ? null : scorePercent >= exam.passPercent,
  };
}
