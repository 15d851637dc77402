import 'fake-indexeddb/auto';
import { describe, expect, it } from '@jest/globals';
import { type AttemptStorage, memoryAttemptStorage } from '../shared/attempt-storage';
import { indexedDbAttemptStorage } from '../shared/indexeddb-attempt-storage';
import { localStorageAttemptStorage } from '../shared/local-storage-attempt-storage';
import { type PendingSave, type SaveAck, SaveQueue, type SaveQueueOptions, saveQueueKey, type SaveQueueState, type SendFailure, type Timers } from './save-queue';

class NetworkDown extends Error {}
class AttemptClosed extends Error {}
class Refused extends Error {}

/** A server that keeps, per slot, the save with the highest sequence, as saveAnswer does. */
class FakeServer {
  readonly received: PendingSave[] = [];
  readonly stored = new Map<number, PendingSave>();
  down = false;
  closed = false;
  refuseSlot: number | null = null;
  private held: Array<() => void> = [];
  holdNext = false;

  send = async (save: PendingSave): Promise<SaveAck> => {
    if (this.holdNext) {
      this.holdNext = false;
      await new Promise<void>((resolve) => this.held.push(resolve));
    }
    if (this.down) throw new NetworkDown('offline');
    if (this.closed) throw new AttemptClosed('closed');
    if (save.slot === this.refuseSlot) throw new Refused('bad answer');
    this.received.push(save);
    const current = this.stored.get(save.slot);
    if (!current || current.clientSeq < save.clientSeq) this.stored.set(save.slot, save);
    const kept = this.stored.get(save.slot) as PendingSave;
    return { slot: kept.slot, clientSeq: kept.clientSeq, response: kept.response, savedAt: `2026-05-01T08:00:${String(this.received.length).padStart(2, '0')}Z` };
  };

  releaseHeld(): void {
    this.held.splice(0).forEach((release) => release());
  }
}

const classify = (error: unknown): SendFailure => (error instanceof NetworkDown ? 'retry' : error instanceof AttemptClosed ? 'closed' : 'rejected');

/** Timers run only when the test says so. */
class ManualTimers implements Timers {
  private next = 1;
  readonly waiting = new Map<number, { callback: () => void; ms: number }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.next++;
    this.waiting.set(handle, { callback, ms });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.waiting.delete(handle as number);
  }
  delays(): number[] {
    return [...this.waiting.values()].map((entry) => entry.ms);
  }
  runAll(): void {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    due.forEach((entry) => entry.callback());
  }
}

function fakeLocalStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), removeItem: (key) => void values.delete(key) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 200) throw new Error('condition never met');
    await settle();
  }
}

const STORAGES: Array<[string, () => AttemptStorage]> = [
  ['IndexedDB', () => indexedDbAttemptStorage()],
  ['localStorage', () => localStorageAttemptStorage(fakeLocalStorage())],
  ['memory', () => memoryAttemptStorage()],
];

describe.each(STORAGES)('SaveQueue on %s', (_name, makeStorage) => {
  let attemptNumber = 0;
  const setup = (overrides: Partial<SaveQueueOptions> = {}) => {
    attemptNumber += 1;
    const storage = makeStorage();
    const server = new FakeServer();
    const timers = new ManualTimers();
    let online = true;
    const attemptId = `attempt-${attemptNumber}-${Math.random()}`;
    const open = () =>
      new SaveQueue({ attemptId, storage, send: server.send, classifyFailure: classify, isOnline: () => online, timers, ...overrides });
    return { storage, server, timers, open, attemptId, setOnline: (value: boolean) => (online = value) };
  };

  it('gives each change the next sequence number, sends them in order and forgets each once acknowledged', async () => {
    const { server, open, storage, attemptId } = setup();
    const queue = open();
    const seqs = [await queue.enqueue(1, { optionIds: ['a'] }), await queue.enqueue(2, { boolean: true }), await queue.enqueue(3, { text: 'xin chào' })];
    await queue.drain();
    expect(seqs).toEqual([1, 2, 3]);
    expect(server.received.map((save) => [save.slot, save.clientSeq])).toEqual([[1, 1], [2, 2], [3, 3]]);
    const kept = await storage.get<SaveQueueState>(saveQueueKey(attemptId));
    expect(kept).toEqual({ lastSeq: 3, pending: [] });
    expect(queue.getStatus()).toMatchObject({ pending: 0, sending: false, offline: false, lastSavedAt: '2026-05-01T08:00:03Z' });
  });

  it('keeps changes made offline across a reload and replays them in order when the network returns', async () => {
    const { server, open, setOnline } = setup();
    const before = open();
    await before.enqueue(4, { number: 1 });
    await before.drain();
    setOnline(false);
    before.networkLost();
    await before.enqueue(1, { optionIds: ['x'] });
    await before.enqueue(2, { optionIds: ['y'] });
    await before.enqueue(3, { text: 'ba' });
    await settle();
    expect(before.getStatus()).toMatchObject({ pending: 3, offline: true });
    expect(server.received).toHaveLength(1);
    before.stop();

    // The page reloads: a new queue over the same storage.
    const after = open();
    expect(await after.pendingResponses()).toEqual(new Map([[1, { optionIds: ['x'] }], [2, { optionIds: ['y'] }], [3, { text: 'ba' }]]));
    await after.flush();
    expect(server.received).toHaveLength(1);
    setOnline(true);
    after.networkReturned();
    await after.drain();
    expect(server.received.map((save) => [save.slot, save.clientSeq])).toEqual([[4, 1], [1, 2], [2, 3], [3, 4]]);
    // Numbering goes on after the reload: strictly increasing for the attempt.
    expect(await after.enqueue(5, { boolean: false })).toBe(5);
  });

  it('sends only the latest unsent change of a slot, and still in sequence order', async () => {
    const { server, open, setOnline } = setup();
    setOnline(false);
    const queue = open();
    await queue.enqueue(1, { text: 'a' });
    await queue.enqueue(2, { text: 'b' });
    await queue.enqueue(1, { text: 'ab' });
    expect(queue.getStatus().pending).toBe(2);
    setOnline(true);
    queue.networkReturned();
    await queue.drain();
    expect(server.received.map((save) => [save.slot, save.clientSeq, save.response.text])).toEqual([[2, 2, 'b'], [1, 3, 'ab']]);
  });

  it('lets the change being sent arrive, then sends the newer change of the same slot after it', async () => {
    const { server, open } = setup();
    const queue = open();
    server.holdNext = true;
    await queue.enqueue(1, { text: 'first' });
    await until(() => queue.getStatus().sending);
    await queue.enqueue(1, { text: 'second' });
    await queue.enqueue(1, { text: 'third' });
    server.releaseHeld();
    await queue.drain();
    expect(server.received.map((save) => [save.clientSeq, save.response.text])).toEqual([[1, 'first'], [3, 'third']]);
    expect(server.stored.get(1)?.response.text).toBe('third');
  });

  it('retries after a failed send, waiting longer each time, and a returning network sends at once', async () => {
    const { server, open, timers } = setup({ retryDelaysMs: [100, 200, 400] });
    const queue = open();
    server.down = true;
    await queue.enqueue(1, { boolean: true });
    await queue.whenIdle();
    expect(queue.getStatus()).toMatchObject({ offline: true, pending: 1 });
    expect(timers.delays()).toEqual([100]);
    timers.runAll();
    await queue.whenIdle();
    expect(timers.delays()).toEqual([200]);
    server.down = false;
    queue.networkReturned();
    await queue.drain();
    expect(timers.delays()).toEqual([]);
    expect(server.received).toHaveLength(1);
    expect(queue.getStatus()).toMatchObject({ offline: false, pending: 0 });
  });

  it('stops when the attempt is closed, keeping what was not acknowledged', async () => {
    const { server, open } = setup();
    const queue = open();
    server.closed = true;
    await queue.enqueue(1, { boolean: true });
    await queue.drain();
    expect(queue.getStatus()).toMatchObject({ closed: true, pending: 1 });
    await expect(queue.drain()).resolves.toBe(false);
  });

  it('drops a change the server refuses for good, reports it, and sends the next', async () => {
    const { server, open } = setup();
    const queue = open();
    server.refuseSlot = 1;
    await queue.enqueue(1, { optionIds: ['not-an-option'] });
    await queue.enqueue(2, { boolean: true });
    await expect(queue.drain()).resolves.toBe(true);
    expect(server.received.map((save) => save.slot)).toEqual([2]);
    expect(queue.getStatus().rejected).toMatchObject({ slot: 1 });
  });

  it('numbers above what the server holds when another device answered first, and drops what that device made obsolete', async () => {
    const { server, open } = setup();
    server.stored.set(1, { slot: 1, clientSeq: 40, response: { text: 'from the tablet' } });
    const queue = open();
    await queue.raiseSequenceFloor(40);
    expect(await queue.enqueue(2, { text: 'phone' })).toBe(41);

    // A queue that did not know (old storage) sends a lower number: the server keeps its own, and says so.
    const acks: SaveAck[] = [];
    const other = setup({ onAck: (ack) => acks.push(ack) });
    other.server.stored.set(1, { slot: 1, clientSeq: 40, response: { text: 'from the tablet' } });
    const stale = other.open();
    await stale.enqueue(1, { text: 'stale' });
    await stale.drain();
    expect(acks).toEqual([expect.objectContaining({ slot: 1, clientSeq: 40, response: { text: 'from the tablet' } })]);
    expect(stale.getStatus().pending).toBe(0);
  });

  it('gives different numbers to changes made at the same moment', async () => {
    const { open } = setup();
    const queue = open();
    const seqs = await Promise.all([1, 2, 3, 4, 5].map((slot) => queue.enqueue(slot, { number: slot })));
    expect(new Set(seqs).size).toBe(5);
    expect([...seqs].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });
});
