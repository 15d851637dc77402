import type { AttemptStorage } from '../shared/attempt-storage';
import type { AnswerResponse } from './answer-response';

/** One change to a question of the attempt, waiting for the server to acknowledge it. */
export interface PendingSave {
  slot: number;
  clientSeq: number;
  response: AnswerResponse;
}

/** What the browser keeps per attempt: the last sequence number given out, and the changes not yet acknowledged. */
export interface SaveQueueState {
  lastSeq: number;
  pending: PendingSave[];
}

/** The server's answer to a save: what it stores for the slot (a newer save from another device wins). */
export interface SaveAck {
  slot: number;
  clientSeq: number;
  savedAt: string;
  response: AnswerResponse;
}

/**
 * Why a send failed: `retry` (no network, a server that did not answer: send it again later), `closed` (the
 * attempt no longer takes answers: stop), `rejected` (the server refuses this answer and always will: drop it).
 */
export type SendFailure = 'retry' | 'closed' | 'rejected';

export interface SaveQueueStatus {
  /** Changes not yet acknowledged, this one included while it is being sent. */
  pending: number;
  sending: boolean;
  /** The browser says it is offline, or the last send found no network. */
  offline: boolean;
  /** The server's time of the last acknowledged save. */
  lastSavedAt: string | null;
  closed: boolean;
  /** The last change the server refused for good, with its error. */
  rejected: { slot: number; error: unknown } | null;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SaveQueueOptions {
  attemptId: string;
  storage: AttemptStorage;
  send(save: PendingSave): Promise<SaveAck>;
  classifyFailure(error: unknown): SendFailure;
  isOnline(): boolean;
  /** Waits between retries while the network is down but the browser believes it is up. */
  retryDelaysMs?: readonly number[];
  timers?: Timers;
  onAck?(ack: SaveAck, sent: PendingSave): void;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

export function saveQueueKey(attemptId: string): string {
  return `save-queue:${attemptId}`;
}

const emptyState = (): SaveQueueState => ({ lastSeq: 0, pending: [] });

/**
 * The attempt's answers on their way to the server. Each change takes the next `clientSeq` of the attempt (kept
 * in browser storage, so it keeps growing across reloads), waits in storage, and is sent one at a time in
 * sequence order; it leaves the queue only when the server acknowledges it. A newer change to a slot replaces
 * an older one not yet sent. Offline, the queue waits for the network and then replays in order.
 */
export class SaveQueue {
  private readonly key: string;
  private readonly timers: Timers;
  private readonly retryDelaysMs: readonly number[];
  private readonly listeners = new Set<() => void>();
  private status: SaveQueueStatus = { pending: 0, sending: false, offline: false, lastSavedAt: null, closed: false, rejected: null };
  private inFlight: PendingSave | null = null;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private failures = 0;
  private retryTimer: unknown = null;
  private stopped = false;

  constructor(private readonly options: SaveQueueOptions) {
    this.key = saveQueueKey(options.attemptId);
    this.timers = options.timers ?? { setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms), clearTimeout: (handle) => globalThis.clearTimeout(handle as number) };
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  getStatus = (): SaveQueueStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The changes kept from before (a reload, a crash), by slot: the answers to show over the server's. */
  async pendingResponses(): Promise<Map<number, AnswerResponse>> {
    const state = (await this.options.storage.get<SaveQueueState>(this.key)) ?? emptyState();
    const bySlot = new Map<number, AnswerResponse>();
    for (const save of [...state.pending].sort((a, b) => a.clientSeq - b.clientSeq)) bySlot.set(save.slot, save.response);
    return bySlot;
  }

  /**
   * Numbers given out from now on are above `seq`: on a device new to this attempt, or after storage was
   * cleared, the server may already hold higher ones and would ignore lower saves.
   */
  async raiseSequenceFloor(seq: number): Promise<void> {
    await this.options.storage.update<SaveQueueState>(this.key, (current) => {
      const state = current ?? emptyState();
      return { ...state, lastSeq: Math.max(state.lastSeq, seq) };
    });
  }

  /** Queues a change and starts sending; resolves with its sequence number once it is kept in storage. */
  async enqueue(slot: number, response: AnswerResponse): Promise<number> {
    const state = await this.options.storage.update<SaveQueueState>(this.key, (current) => {
      const previous = current ?? emptyState();
      const clientSeq = previous.lastSeq + 1;
      // The one being sent stays: its answer may arrive, and is then followed by this newer one.
      const kept = previous.pending.filter((save) => save.slot !== slot || this.isInFlight(save));
      return { lastSeq: clientSeq, pending: [...kept, { slot, clientSeq, response }] };
    });
    this.setStatus({ pending: state.pending.length });
    void this.flush();
    return state.lastSeq;
  }

  /** Sends what waits, in sequence order, one at a time; a call while sending makes the loop look again. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.cancelRetry();
    this.flushing = this.sendAll().finally(() => {
      this.flushing = null;
      if (this.flushAgain && !this.stopped) {
        this.flushAgain = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  /** Resolves when the current round of sending ends (a retry may be scheduled after it). */
  whenIdle(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  /** Call when the browser says the network is back: sends at once instead of waiting for the next retry. */
  networkReturned(): void {
    this.failures = 0;
    this.setStatus({ offline: false });
    void this.flush();
  }

  networkLost(): void {
    this.setStatus({ offline: true });
  }

  /** Resolves true once nothing waits (everything acknowledged), false when the queue cannot empty now. */
  async drain(): Promise<boolean> {
    await this.flush();
    const state = (await this.options.storage.get<SaveQueueState>(this.key)) ?? emptyState();
    return state.pending.length === 0;
  }

  /** Forgets the attempt's queue (after it is submitted); its last sequence number goes with it. */
  async clear(): Promise<void> {
    this.stop();
    await this.options.storage.remove(this.key);
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry();
  }

  private async sendAll(): Promise<void> {
    while (!this.stopped && !this.status.closed) {
      const state = (await this.options.storage.get<SaveQueueState>(this.key)) ?? emptyState();
      const next = [...state.pending].sort((a, b) => a.clientSeq - b.clientSeq)[0];
      this.setStatus({ pending: state.pending.length });
      if (!next) return;
      if (!this.options.isOnline()) {
        this.setStatus({ offline: true });
        return;
      }
      this.inFlight = next;
      this.setStatus({ sending: true });
      let ack: SaveAck;
      try {
        ack = await this.options.send(next);
      } catch (error) {
        this.inFlight = null;
        this.setStatus({ sending: false });
        const failure = this.options.classifyFailure(error);
        if (failure === 'retry') {
          this.setStatus({ offline: true });
          this.scheduleRetry();
          return;
        }
        if (failure === 'closed') {
          this.setStatus({ closed: true });
          return;
        }
        await this.remove(next.slot, next.clientSeq);
        this.setStatus({ rejected: { slot: next.slot, error } });
        continue;
      }
      this.inFlight = null;
      this.failures = 0;
      // A higher sequence in the answer: another device saved this slot later; what this one sent is obsolete.
      await this.remove(next.slot, Math.max(next.clientSeq, ack.clientSeq));
      this.setStatus({ sending: false, offline: false, lastSavedAt: ack.savedAt });
      this.options.onAck?.(ack, next);
    }
  }

  /** Drops the slot's changes up to `upToSeq`; a newer change queued meanwhile stays. */
  private async remove(slot: number, upToSeq: number): Promise<void> {
    const state = await this.options.storage.update<SaveQueueState>(this.key, (current) => {
      const previous = current ?? emptyState();
      return { ...previous, pending: previous.pending.filter((save) => save.slot !== slot || save.clientSeq > upToSeq) };
    });
    this.setStatus({ pending: state.pending.length });
  }

  private isInFlight(save: PendingSave): boolean {
    return this.inFlight !== null && save.slot === this.inFlight.slot && save.clientSeq === this.inFlight.clientSeq;
  }

  private scheduleRetry(): void {
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 1_000;
    this.failures += 1;
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(change: Partial<SaveQueueStatus>): void {
    const next = { ...this.status, ...change };
    const changed = (Object.keys(change) as Array<keyof SaveQueueStatus>).some((key) => next[key] !== this.status[key]);
    if (!changed) return;
    this.status = next;
    this.listeners.forEach((listener) => listener());
  }
}
