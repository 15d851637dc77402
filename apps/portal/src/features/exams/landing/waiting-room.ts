import { firstErrorExtensions } from '@hocso/portal-data-access';

/** Where the waiting room put a start it refused: the learner's place and when the page starts again. */
export interface WaitingRoomTurn {
  position: number;
  retryAtMs: number;
}

/** The place and wait of a start refused by the exam's waiting room; null for any other error. */
export function waitingRoomRefusal(error: unknown): { position: number; retryAfterSeconds: number } | null {
  const extensions = firstErrorExtensions(error);
  if (extensions?.['code'] !== 'TOO_MANY_REQUESTS' || extensions['reason'] !== 'exam.waitingRoom') return null;
  const position = Number(extensions['position']);
  const retryAfterSeconds = Number(extensions['retryAfterSeconds']);
  if (!Number.isFinite(position) || !Number.isFinite(retryAfterSeconds)) return null;
  return { position, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
}

/**
 * How long to wait before starting again: the server's wait plus up to a second and a tenth of the wait,
 * so that the phones refused in the same second do not all come back in the same instant.
 */
export function comebackDelayMs(retryAfterSeconds: number, random: () => number = Math.random): number {
  return Math.round(retryAfterSeconds * 1000 + random() * (1000 + retryAfterSeconds * 100));
}

/** The turn of a refused start, counted from `nowMs`. */
export function waitingRoomTurn(refusal: { position: number; retryAfterSeconds: number }, nowMs: number, random?: () => number): WaitingRoomTurn {
  return { position: refusal.position, retryAtMs: nowMs + comebackDelayMs(refusal.retryAfterSeconds, random) };
}

/** Whole seconds left before the page starts again, never below 0. */
export function secondsUntil(turn: WaitingRoomTurn, nowMs: number): number {
  return Math.max(0, Math.ceil((turn.retryAtMs - nowMs) / 1000));
}
