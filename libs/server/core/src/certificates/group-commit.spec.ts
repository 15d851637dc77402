import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('writes what is asked while a batch is being written in the next batch, answering each caller its own result', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    const commit = new GroupCommit<number, string>('test', async (items) => {
      batches.push(items);
      if (batches.length === 1) await firstHeld;
      return items.map((item) => `done ${item}`);
    });
    const first = commit.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((item) => commit.submit(item));
    release();
    await expect(Promise.all([first, ...later])).resolves.toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('writes each item of a failed batch alone, so that only the faulty one fails', async () => {
    const commit = new GroupCommit<number, number>('test', async (items) => {
      if (items.includes(2)) throw new Error('item 2 is refused');
      return items.map((item) => item * 10);
    });
    const results = await Promise.allSettled([1, 2, 3].map((item) => commit.submit(item)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('item 2 is refused') },
      { status: 'fulfilled', value: 30 },
    ]);
  });

  it('fails every caller at once when the database is away, without retrying each', async () => {
    const write = jest.fn(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    const commit = new GroupCommit<number, number>('test', write);
    const results = await Promise.allSettled([1, 2, 3].map((item) => commit.submit(item)));
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('keeps batches within their largest size', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>('test', async (items) => (sizes.push(items.length), items), 2);
    await Promise.all([1, 2, 3, 4, 5].map((item) => commit.submit(item)));
    await commit.settled();
    expect(sizes).toEqual([2, 2, 1]);
  });
});
