/**
 * The server's time as this page knows it. The server says what time it is (`ExamAttempt.serverNow`, a save's
 * `savedAt`); the page anchors that to a monotonic clock (`performance.now()`), so changing the phone's clock
 * or its time zone moves nothing. The phone's wall clock is used only to carry an offset over a reload made
 * offline, until the server speaks again.
 */
export interface ClockSample {
  /** The server's time in the answer, ms since the epoch. */
  serverMs: number;
  /** Monotonic time when the request was sent and when its answer came. */
  sentAt: number;
  receivedAt: number;
}

export interface ServerClockSources {
  monotonicNow(): number;
  wallNow(): number;
}

const BROWSER_SOURCES: ServerClockSources = {
  monotonicNow: () => performance.now(),
  wallNow: () => Date.now(),
};

export class ServerClock {
  private anchor: { serverMs: number; monotonic: number; roundTrip: number; takenAt: number } | null = null;

  constructor(private readonly sources: ServerClockSources = BROWSER_SOURCES) {}

  /**
   * Takes a sample, keeping the one with the shortest round trip (its error is at most half of it), unless the
   * kept one is old: a sample older than a minute gives way, so a sleeping phone is corrected on its next answer.
   */
  observe(sample: ClockSample): void {
    const roundTrip = Math.max(0, sample.receivedAt - sample.sentAt);
    const midpoint = sample.sentAt + roundTrip / 2;
    const stale = this.anchor !== null && sample.receivedAt - this.anchor.takenAt > 60_000;
    if (this.anchor && !stale && roundTrip > this.anchor.roundTrip) return;
    this.anchor = { serverMs: sample.serverMs, monotonic: midpoint, roundTrip, takenAt: sample.receivedAt };
  }

  /** Starts from an offset kept before a reload (server time minus wall time), when no sample is known. */
  restoreOffset(offsetMs: number): void {
    if (this.anchor) return;
    const monotonic = this.sources.monotonicNow();
    this.anchor = { serverMs: this.sources.wallNow() + offsetMs, monotonic, roundTrip: Number.POSITIVE_INFINITY, takenAt: monotonic };
  }

  get known(): boolean {
    return this.anchor !== null;
  }

  /** The server's time now, ms since the epoch; the phone's until a sample is known. */
  now(): number {
    if (!this.anchor) return this.sources.wallNow();
    return this.anchor.serverMs + (this.sources.monotonicNow() - this.anchor.monotonic);
  }

  /** Server time minus the phone's wall time, to keep across a reload. */
  offsetMs(): number {
    return this.now() - this.sources.wallNow();
  }
}

/** Milliseconds left until the deadline by the server's clock, never below zero; null without a deadline. */
export function remainingMs(deadline: string | null | undefined, serverNowMs: number): number | null {
  if (!deadline) return null;
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return null;
  return Math.max(0, end - serverNowMs);
}

/** "1:05:09" past an hour, else "05:09"; seconds rounded up, so "00:00" shows only when the time is over. */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** How urgent the countdown looks: the last five minutes warn, the last minute alarms. */
export function countdownTone(ms: number | null): 'calm' | 'warning' | 'danger' {
  if (ms === null || ms > 5 * 60_000) return 'calm';
  return ms > 60_000 ? 'warning' : 'danger';
}
