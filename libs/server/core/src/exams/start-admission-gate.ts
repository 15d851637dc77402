/** A start the gate would not queue, or gave up on: its place in the line and when to come back. */
export class AdmissionRefusal extends Error {
  constructor(
    readonly position: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Refused at place ${position}; retry after ${retryAfterSeconds} s`);
    this.name = 'AdmissionRefusal';
  }
}

export interface StartAdmissionOptions {
  /** Starts that run at once; the others wait in line. */
  concurrency: number;
  /** A start whose expected wait (its place ÷ the admission rate) is longer is refused at once. */
  maxWaitMs: number;
  /** How long a start holds its slot, assumed until the gate has measured the rate while it was full. */
  assumedStartMs?: number;
  now?: () => number;
}

interface Waiter {
  admit(): void;
}

const ASSUMED_START_MS = 200;
/** Releases within the same millisecond must not make the pace infinite: 10,000 admissions a second at most. */
const MIN_MS_PER_ADMISSION = 0.1;
/**
 * The pace is the mean of this many latest intervals between admissions. Group commit answers starts in bursts
 * (many in one round, then a gap), and a single pause (a garbage collection, a checkpoint) must not turn away a
 * line that a moment later moves at its usual pace: with a weighted average that gave the newest interval a tenth,
 * one such pause refused starts that would have waited under two seconds.
 */
const PACE_WINDOW = 64;
/** A queued start that waits this many times the longest wait it was queued for is refused, never left hanging. */
const GIVE_UP_FACTOR = 2;

/**
 * Admits at most `concurrency` starts at once; the others wait in a first-in first-out line, as long as
 * their expected wait is at most `maxWaitMs`, and the rest are refused at once with their place and a time
 * to come back.
 *
 * The admission rate is measured only while the line is not empty (a slot that frees is taken at once):
 * the time between two such releases is the machine's pace under load. Measured while idle it would be the
 * pace of the arrivals, and a quiet morning would refuse the first burst. Refused starts are given return
 * times one admission apart, after those already given one, so that thousands refused in the same second
 * come back spread out at the rate the gate admits, not together.
 */
export class StartAdmissionGate {
  private running = 0;
  private readonly line: Waiter[] = [];
  private readonly intervals: number[] = [];
  private nextInterval = 0;
  private intervalsTotal = 0;
  private lastReleaseInLineAt: number | null = null;
  private readonly promisedReturns: number[] = [];
  private promisedHead = 0;
  private readonly now: () => number;

  constructor(private readonly options: StartAdmissionOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Starts running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.line.length };
  }

  /**
   * Takes a slot when one is free, or waits in line for one, or refuses (AdmissionRefusal). A start whose
   * caller went away (`signal` aborted) while waiting leaves the line. The answer frees the slot: call it
   * however the start ends (a second call does nothing).
   */
  async enter(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.options.concurrency && this.line.length === 0) {
      this.running += 1;
    } else {
      const place = this.running + this.line.length + 1;
      const expectedWaitMs = place * this.msPerAdmission();
      if (expectedWaitMs > this.options.maxWaitMs) throw this.refuse(place, expectedWaitMs);
      await this.waitInLine(signal);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  /** Runs the work in a slot (see `enter`), which it frees however the work ends. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.enter(signal);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private msPerAdmission(): number {
    const pace = this.intervals.length > 0 ? this.intervalsTotal / this.intervals.length : (this.options.assumedStartMs ?? ASSUMED_START_MS) / this.options.concurrency;
    return Math.max(MIN_MS_PER_ADMISSION, pace);
  }

  /** Refuses a start and gives it a time to come back, one admission after the last start told to come back. */
  private refuse(place: number, expectedWaitMs: number): AdmissionRefusal {
    const now = this.now();
    const perAdmission = this.msPerAdmission();
    const promisedAhead = this.promisedReturnsAfter(now);
    const lastPromised = promisedAhead > 0 ? (this.promisedReturns.at(-1) ?? 0) + perAdmission : 0;
    const returnAt = Math.max(now + expectedWaitMs - this.options.maxWaitMs, lastPromised);
    this.promisedReturns.push(returnAt);
    return new AdmissionRefusal(place + promisedAhead, Math.max(1, Math.ceil((returnAt - now) / 1000)));
  }

  /** How many refused starts were told to come back later than `now` (the times only grow: the past is dropped from the front). */
  private promisedReturnsAfter(now: number): number {
    while (this.promisedHead < this.promisedReturns.length && (this.promisedReturns[this.promisedHead] ?? 0) <= now) this.promisedHead += 1;
    if (this.promisedHead === this.promisedReturns.length) {
      this.promisedReturns.length = 0;
      this.promisedHead = 0;
    } else if (this.promisedHead > 1024) {
      this.promisedReturns.splice(0, this.promisedHead);
      this.promisedHead = 0;
    }
    return this.promisedReturns.length - this.promisedHead;
  }

  private waitInLine(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const leave = (callerGone: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.line.indexOf(waiter);
        if (index < 0) return;
        this.line.splice(index, 1);
        const place = this.running + index + 1;
        // A caller that went away reads no answer and will not come back: it is given no time to return.
        reject(callerGone ? new AdmissionRefusal(place, 1) : this.refuse(place, place * this.msPerAdmission()));
      };
      const onAbort = () => leave(true);
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const timer = setTimeout(() => leave(false), Math.max(1000, this.options.maxWaitMs * GIVE_UP_FACTOR));
      timer.unref?.();
      this.line.push(waiter);
      if (signal?.aborted) leave(true);
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private recordInterval(interval: number): void {
    if (this.intervals.length < PACE_WINDOW) {
      this.intervals.push(interval);
    } else {
      this.intervalsTotal -= this.intervals[this.nextInterval] ?? 0;
      this.intervals[this.nextInterval] = interval;
      this.nextInterval = (this.nextInterval + 1) % PACE_WINDOW;
    }
    this.intervalsTotal += interval;
  }

  /** Hands the slot to the first in line (the count of running starts stays), or frees it. */
  private release(): void {
    const next = this.line.shift();
    if (!next) {
      this.running -= 1;
      this.lastReleaseInLineAt = null;
      return;
    }
    const now = this.now();
    if (this.lastReleaseInLineAt !== null) this.recordInterval(now - this.lastReleaseInLineAt);
    this.lastReleaseInLineAt = now;
    next.admit();
  }
}
