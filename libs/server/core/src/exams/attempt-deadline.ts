/** The server's deadline of an attempt, and the last moment a save or submit is still accepted. */
export interface AttemptDeadline {
  deadline: Date | null;
  acceptsUntil: Date | null;
}

/**
 * `min(start + limit × multiplier, close) + extension`; null when the exam has neither a time limit nor a
 * closing time. The grace (network lag) is added on top for `acceptsUntil` only.
 */
export function computeAttemptDeadline(input: {
  startedAt: Date;
  timeLimitSeconds: number | null;
  timeMultiplier: number;
  closesAt: Date | null;
  extensionSeconds: number;
  graceSeconds: number;
}): AttemptDeadline {
  const byLimit = input.timeLimitSeconds === null ? null : input.startedAt.getTime() + Math.round(input.timeLimitSeconds * input.timeMultiplier * 1000);
  const byClose = input.closesAt?.getTime() ?? null;
  const ends = byLimit === null ? byClose : byClose === null ? byLimit : Math.min(byLimit, byClose);
  if (ends === null) return { deadline: null, acceptsUntil: null };
  const deadline = ends + input.extensionSeconds * 1000;
  return { deadline: new Date(deadline), acceptsUntil: new Date(deadline + input.graceSeconds * 1000) };
}
