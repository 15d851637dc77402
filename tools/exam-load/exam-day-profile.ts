/** What one taker of the exam-day run does besides answering every question in turn. */
export interface ExamDayProfile {
  /** Slots answered a second time, with another option, after the first pass. */
  changedSlots: number[];
  /** After this many answers the page is reloaded: startAttempt again resumes the attempt and its answers. */
  reloadAfter: number | null;
  /** The answers from..to (0-based, to excluded) are given offline, queued, and sent in order when back online. */
  offline: { from: number; to: number } | null;
  /** After this many answers the taker stops and never submits: the deadline closes the attempt. */
  abandonAfter: number | null;
}

/** Splits takers into roles by their index, so that every run of the same size does the same things. */
export function examDayProfile(index: number, questions: number): ExamDayProfile {
  const changedSlots = Array.from({ length: questions }, (_, i) => i + 1).filter((slot) => (slot + index) % 5 === 0);
  const answers = questions + changedSlots.length;
  return {
    changedSlots,
    reloadAfter: index % 10 === 3 ? 1 + (index % Math.max(1, answers - 1)) : null,
    offline: index % 10 === 6 ? offlineStretch(index, answers) : null,
    abandonAfter: index % 50 === 17 ? Math.floor(questions / 2) : null,
  };
}

function offlineStretch(index: number, answers: number): { from: number; to: number } {
  const length = Math.min(3, answers);
  const from = index % Math.max(1, answers - length + 1);
  return { from, to: from + length };
}

/** A think time of `meanMs` with ±50 % jitter. */
export function thinkTimeMs(meanMs: number, random: () => number = Math.random): number {
  return meanMs * (0.5 + random());
}
