import { describe, expect, it } from '@jest/globals';
import { storageLeaseRefreshLock } from './refresh-lock';
import type { KeyValueStorage } from './token-store';

function sharedStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), removeItem: (key) => void values.delete(key) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('storageLeaseRefreshLock (where Web Locks are missing)', () => {
  it('runs the refreshes of tabs sharing one storage one after the other', async () => {
    const storage = sharedStorage();
    const tabs = Array.from({ length: 3 }, () => storageLeaseRefreshLock(storage, { settleMs: 5 }));
    const spans: Array<[number, number]> = [];
    const waited = await Promise.all(
      tabs.map((lock) =>
        lock.run(async (otherTabFirst) => {
          const start = performance.now();
          await sleep(40);
          spans.push([start, performance.now()]);
          return otherTabFirst;
        }),
      ),
    );
    expect(waited.filter((otherTabFirst) => !otherTabFirst)).toHaveLength(1);
    spans.sort((a, b) => a[0] - b[0]);
    expect(spans).toHaveLength(3);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    expect(storage.getItem('hocso.session-refresh.lease')).toBeNull();
  });

  it('takes over the lease of a tab that died holding it once the lease runs out', async () => {
    const storage = sharedStorage();
    storage.setItem('hocso.session-refresh.lease', JSON.stringify({ owner: 'closed-tab', until: Date.now() + 150 }));
    const started = performance.now();
    await expect(storageLeaseRefreshLock(storage, { settleMs: 5 }).run(async () => 'done')).resolves.toBe('done');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('still refreshes when storage is refused', async () => {
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    await expect(storageLeaseRefreshLock(refusing).run(async () => 'done')).resolves.toBe('done');
  });
});
