import type { AttemptSlot, SlotResult } from './attempt-slot';
import type { AttemptState } from './exam-settings';
import { attemptScore, passed } from './grading';

/** An attempt's grade from its slots' results: graded once no slot with points to give waits for a trainer. */
export interface AttemptTotals {
  state: Exclude<AttemptState, 'IN_PROGRESS'>;
  scorePoints: number;
  scorePercent: number | null;
  passed: boolean | null;
}

export function attemptTotals(slots: readonly AttemptSlot[], results: readonly SlotResult[], passPercent: number): AttemptTotals {
  const resultOf = new Map(results.map((result) => [result.slot, result]));
  const score = attemptScore(slots.map((slot) => ({ points: resultOf.get(slot.slot)?.points ?? null, maxPoints: slot.maxPoints })));
  if (score.pendingSlots > 0) return { state: 'NEEDS_GRADING', scorePoints: score.points, scorePercent: null, passed: null };
  const percent = score.percent ?? 0;
  return { state: 'GRADED', scorePoints: score.points, scorePercent: percent, passed: passed(percent, passPercent) };
}
