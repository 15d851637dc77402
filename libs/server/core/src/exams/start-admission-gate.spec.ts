import { AdmissionRefusal, StartAdmissionGate } from './start-admission-gate';

/** A start that holds its slot until the test ends it. */
function heldStart() {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { work: () => done, finish, fail };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function refusalOf(promise: Promise<unknown>): Promise<AdmissionRefusal> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof AdmissionRefusal)) throw new Error(`expected a refusal, got ${String(outcome)}`);
  return outcome;
}

describe('the start admission gate', () => {
  it('never runs more than its concurrency at once, and admits the waiting in the order they came', async () => {
    const gate = new StartAdmissionGate({ concurrency: 3, maxWaitMs: 60_000 });
    let running = 0;
    let most = 0;
    const begun: number[] = [];
    const holds = Array.from({ length: 10 }, () => heldStart());
    const results = holds.map((hold, index) =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        begun.push(index);
        try {
          return await hold.work();
        } finally {
          running -= 1;
        }
      }),
    );
    await settle();
    expect(begun).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 3, waiting: 7 });

    for (const index of [1, 0, 2, 4, 3, 5, 6, 7, 8, 9]) {
      holds[index].finish(`start ${index}`);
      await settle();
    }
    await expect(Promise.all(results)).resolves.toEqual(holds.map((_, index) => `start ${index}`));
    expect(begun).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once a start whose expected wait is too long, with its place and when to come back', async () => {
    // Before any measurement a start is assumed to hold its slot 200 ms: 2 slots admit one start every 100 ms.
    const gate = new StartAdmissionGate({ concurrency: 2, maxWaitMs: 500, assumedStartMs: 200, now: () => 1_000_000 });
    const holds = Array.from({ length: 5 }, () => heldStart());
    const admitted = holds.map((hold) => gate.run(hold.work));
    await settle();
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    // Places 3, 4 and 5 wait at most 500 ms; place 6 would wait 600 ms.
    const refused = await refusalOf(gate.run(() => Promise.resolve('never')));
    expect(refused).toMatchObject({ position: 6, retryAfterSeconds: 1 });

    // The next refused are told to come back one admission after each other, and their place counts those told before.
    const later = await Promise.all(Array.from({ length: 20 }, () => refusalOf(gate.run(() => Promise.resolve('never')))));
    expect(later.map((refusal) => refusal.position)).toEqual(Array.from({ length: 20 }, (_, index) => 7 + index));
    expect(later.at(-1)?.retryAfterSeconds).toBe(3);
    expect(gate.load).toEqual({ running: 2, waiting: 3 });

    for (const hold of holds) hold.finish('done');
    await expect(Promise.all(admitted)).resolves.toEqual(['done', 'done', 'done', 'done', 'done']);
  });

  it('measures its pace while starts wait and refuses by it', async () => {
    let now = 0;
    const gate = new StartAdmissionGate({ concurrency: 1, maxWaitMs: 1000, assumedStartMs: 10, now: () => now });
    const holds = Array.from({ length: 12 }, () => heldStart());
    const admitted = holds.map((hold) => gate.run(hold.work));
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 11 });
    // Each start now takes 250 ms: once measured, only 4 places fit in a second.
    for (const hold of holds.slice(0, 6)) {
      now += 250;
      hold.finish('done');
      await settle();
    }
    expect(gate.load).toEqual({ running: 1, waiting: 5 });
    const refused = await refusalOf(gate.run(() => Promise.resolve('never')));
    expect(refused.position).toBe(7);
    // 7 places at 250 ms: 1.75 s, 0.75 s more than the longest wait allowed.
    expect(refused.retryAfterSeconds).toBe(1);
    for (const hold of holds.slice(6)) hold.finish('done');
    await expect(Promise.all(admitted)).resolves.toHaveLength(12);
  });

  it('keeps its pace through one long pause among steady admissions, instead of turning the line away', async () => {
    let now = 0;
    const gate = new StartAdmissionGate({ concurrency: 1, maxWaitMs: 1000, assumedStartMs: 10, now: () => now });
    const holds = Array.from({ length: 72 }, () => heldStart());
    const admitted = holds.map((hold) => gate.run(hold.work));
    await settle();
    // 40 admissions 10 ms apart, then one after a 400 ms pause (a garbage collection, say).
    for (const [index, hold] of holds.slice(0, 42).entries()) {
      now += index === 41 ? 400 : 10;
      hold.finish('done');
      await settle();
    }
    expect(gate.load).toEqual({ running: 1, waiting: 29 });
    // Place 31 at the mean pace of 19.5 ms is 0.6 s: it waits in line (a weighted average would have said 1.5 s).
    const queued = gate.run(() => Promise.resolve('queued'));
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 30 });
    for (const hold of holds.slice(42)) hold.finish('done');
    await expect(queued).resolves.toBe('queued');
    await expect(Promise.all(admitted)).resolves.toHaveLength(72);
  });

  it('releases the slot of a start that fails, and the next one runs', async () => {
    const gate = new StartAdmissionGate({ concurrency: 1, maxWaitMs: 60_000 });
    const failing = heldStart();
    const first = gate.run(failing.work);
    const second = gate.run(() => Promise.resolve('second ran'));
    failing.fail(new Error('the draw failed'));
    await expect(first).rejects.toThrow('the draw failed');
    await expect(second).resolves.toBe('second ran');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees a slot entered by hand once, however often it is freed', async () => {
    const gate = new StartAdmissionGate({ concurrency: 2, maxWaitMs: 60_000 });
    const free = await gate.enter();
    const other = await gate.enter();
    const waiting = gate.enter();
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    free();
    free();
    const third = await waiting;
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    other();
    third();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('takes out of the line a start whose caller went away, without running it', async () => {
    const gate = new StartAdmissionGate({ concurrency: 1, maxWaitMs: 60_000 });
    const hold = heldStart();
    const first = gate.run(hold.work);
    const caller = new AbortController();
    let ran = false;
    const gone = gate.run(async () => {
      ran = true;
      return 'ran';
    }, caller.signal);
    const third = gate.run(() => Promise.resolve('third ran'));
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    caller.abort();
    await expect(refusalOf(gone)).resolves.toMatchObject({ position: 2 });
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    hold.finish('first ran');
    await expect(Promise.all([first, third])).resolves.toEqual(['first ran', 'third ran']);
    expect(ran).toBe(false);
  });

  it('refuses a queued start that waited twice the longest wait, so that no request hangs', async () => {
    jest.useFakeTimers();
    try {
      const gate = new StartAdmissionGate({ concurrency: 1, maxWaitMs: 1000, assumedStartMs: 100 });
      const stuck = heldStart();
      void gate.run(stuck.work);
      const waiting = gate.run(() => Promise.resolve('ran'));
      const refusal = refusalOf(waiting);
      jest.advanceTimersByTime(1999);
      expect(gate.load.waiting).toBe(1);
      jest.advanceTimersByTime(1);
      await expect(refusal).resolves.toMatchObject({ position: 2 });
      expect(gate.load).toEqual({ running: 1, waiting: 0 });
      stuck.finish('done');
    } finally {
      jest.useRealTimers();
    }
  });
});
