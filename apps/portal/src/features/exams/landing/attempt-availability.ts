/** Why the learner can or cannot start (or resume) now, from the exam's window, attempts left and delay. */
export type Availability =
  | { kind: 'resume'; attemptId: string }
  | { kind: 'start' }
  | { kind: 'notOpenYet'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'noAttemptsLeft' }
  | { kind: 'wait'; until: string }
  | { kind: 'notAllowed' };

export interface AvailabilityInput {
  canTake: boolean;
  opensAt: string | null;
  closesAt: string | null;
  attemptsLeft: number | null;
  nextAttemptAt: string | null;
  inProgressAttemptId: string | null;
  nowMs: number;
}

export function attemptAvailability(input: AvailabilityInput): Availability {
  if (input.inProgressAttemptId) return { kind: 'resume', attemptId: input.inProgressAttemptId };
  if (!input.canTake) return { kind: 'notAllowed' };
  if (input.opensAt && Date.parse(input.opensAt) > input.nowMs) return { kind: 'notOpenYet', opensAt: input.opensAt };
  if (input.closesAt && Date.parse(input.closesAt) <= input.nowMs) return { kind: 'closed' };
  if (input.attemptsLeft !== null && input.attemptsLeft <= 0) return { kind: 'noAttemptsLeft' };
  if (input.nextAttemptAt && Date.parse(input.nextAttemptAt) > input.nowMs) return { kind: 'wait', until: input.nextAttemptAt };
  return { kind: 'start' };
}
