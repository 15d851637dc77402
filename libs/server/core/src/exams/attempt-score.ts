import type { QuestionContent } from '../question-bank/question-content';
import type { AnswerResponse } from './answer-response';
import type { AttemptSlot, SlotResult } from './attempt-slot';
import type { AttemptState } from './exam-settings';
import { attemptScore, gradeResponse, passed } from './grading';
import type { FrozenQuestion } from './question-version-cache';

/** What grading an attempt writes on it. */
export interface AttemptGrading {
  state: Exclude<AttemptState, 'IN_PROGRESS'>;
  results: SlotResult[];
  /** The points earned so far (essays waiting for a trainer count nothing yet), never below zero. */
  scorePoints: number;
  /** Null while an essay waits for a trainer. */
  scorePercent: number | null;
  passed: boolean | null;
}

/** The grade of one slot on a question version: its points are its fraction of the slot's, an essay's null until graded. */
export function gradeSlot(slot: AttemptSlot, content: QuestionContent, response: AnswerResponse | null): SlotResult {
  const grade = gradeResponse(slot.type, content, response);
  const points = grade.fraction === null ? (grade.outcome === 'NEEDS_GRADING' ? null : 0) : Math.round(grade.fraction * slot.maxPoints * 1e7) / 1e7;
  return { slot: slot.slot, fraction: grade.fraction, points, outcome: grade.outcome };
}

/** What the slots' results make of the attempt: NEEDS_GRADING while a slot with points to give waits for a trainer. */
export function attemptGradeOf(slots: readonly AttemptSlot[], results: readonly SlotResult[], passPercent: number): Omit<AttemptGrading, 'results'> {
  const resultOf = new Map(results.map((result) => [result.slot, result]));
  const score = attemptScore(slots.map((slot) => ({ points: resultOf.get(slot.slot)?.points ?? null, maxPoints: slot.maxPoints })));
  return {
    state: score.pendingSlots > 0 ? 'NEEDS_GRADING' : 'GRADED',
    scorePoints: score.points,
    scorePercent: score.percent,
    passed: score.percent === null ? null : passed(score.percent, passPercent),
  };
}

/**
 * Grades every slot on the version frozen in it with the pure grader; an answered essay leaves the attempt
 * NEEDS_GRADING (no percent, no pass yet) until a trainer grades it.
 */
export function scoreAttempt(
  slots: readonly AttemptSlot[],
  answers: ReadonlyMap<number, AnswerResponse>,
  questions: ReadonlyMap<string, FrozenQuestion>,
  exam: { passPercent: number },
): AttemptGrading {
  const results = slots.map((slot): SlotResult => {
    const question = questions.get(slot.versionId);
    if (!question) throw new Error(`Question version ${slot.versionId} of slot ${slot.slot} is missing`);
    return gradeSlot(slot, question.content, answers.get(slot.slot) ?? null);
  });
  return { results, ...attemptGradeOf(slots, results, exam.passPercent) };
}
