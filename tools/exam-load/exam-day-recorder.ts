/** A failure a taker saw: a network failure, a timeout, a non-2xx answer or a GraphQL error. */
export interface TakerFailure {
  /** Date.now() when it was seen. */
  at: number;
  step: string;
  message: string;
}

export type TimedStep = 'start' | 'save' | 'submit';

/** What the takers of a run measured: each step's duration as the phone waited for it, and every failure seen. */
export class ExamDayRecorder {
  readonly durations: Record<TimedStep, number[]> = { start: [], save: [], submit: [] };
  readonly failures: TakerFailure[] = [];
  /** Resumes (a reload) whose answers differed from what the API had acknowledged. */
  resumeMismatches = 0;
  /** Attempts abandoned on purpose, left to their deadline. */
  abandoned = 0;

  record(step: TimedStep, durationMs: number): void {
    this.durations[step].push(durationMs);
  }

  failed(step: string, error: unknown): void {
    this.failures.push({ at: Date.now(), step, message: String((error as Error)?.message ?? error).slice(0, 160) });
  }

  /** Failures seen between `from` and `to` (Date.now() values), and the others. */
  failuresSplitBy(window: { from: number; to: number } | null): { inside: TakerFailure[]; outside: TakerFailure[] } {
    const inside = window ? this.failures.filter((failure) => failure.at >= window.from && failure.at <= window.to) : [];
    return { inside, outside: this.failures.filter((failure) => !inside.includes(failure)) };
  }
}

/** The n-th percentile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** The most frequent failure messages, e.g. `save: HTTP 500 … ×12`. */
export function commonFailures(failures: readonly TakerFailure[], limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const failure of failures) counts.set(`${failure.step}: ${failure.message}`, (counts.get(`${failure.step}: ${failure.message}`) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([message, count]) => `×${count} ${message}`);
}
