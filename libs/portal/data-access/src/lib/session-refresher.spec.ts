import { describe, expect, it, jest } from '@jest/globals';
import type { RefreshLock } from './refresh-lock';
import { createSessionRefresher } from './session-refresher';
import { createTokenStore, type KeyValueStorage } from './token-store';

const jsonResponse = (body: unknown) => ({ json: async () => body }) as Response;
const newPair = { data: { refreshToken: { accessToken: 'new-access', refreshToken: 'new-refresh' } } };
const refused = { data: null, errors: [{ message: 'Phiên đã hết hạn', extensions: { code: 'UNAUTHENTICATED' } }] };

function sharedStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), removeItem: (key) => void values.delete(key) };
}

/** What Web Locks give the tabs of one browser: one holder at a time, in order. */
function sharedLock(): RefreshLock {
  let tail: Promise<unknown> = Promise.resolve();
  let holders = 0;
  return {
    run(task) {
      const waited = holders > 0;
      holders += 1;
      const result = tail.then(() => task(waited)).finally(() => {
        holders -= 1;
      });
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

const sentRefreshToken = (fetchImpl: jest.Mock, call = 0) =>
  (JSON.parse(String((fetchImpl.mock.calls[call] as unknown as [string, RequestInit])[1].body)) as { variables: { refreshToken: string } }).variables
    .refreshToken;

describe('createSessionRefresher', () => {
  it('rotates the pair with a single request for concurrent callers of one tab', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    const fetchImpl = jest.fn(async () => jsonResponse(newPair));
    const refresher = createSessionRefresher('/graphql', store, { fetchImpl: fetchImpl as unknown as typeof fetch });
    const outcomes = await Promise.all([refresher.refresh('old-access'), refresher.refresh('old-access')]);
    expect(outcomes).toEqual(['refreshed', 'refreshed']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(sentRefreshToken(fetchImpl)).toBe('old-refresh');
    expect(store.getAccessToken()).toBe('new-access');
    expect(store.getRefreshToken()).toBe('new-refresh');
  });

  it('asks in the language of the screen', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const fetchImpl = jest.fn(async () => jsonResponse({ data: { refreshToken: { accessToken: 'b', refreshToken: 's' } } }));
    await createSessionRefresher('/graphql', store, { fetchImpl: fetchImpl as unknown as typeof fetch, currentLanguage: () => 'en' }).refresh('a');
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).get('accept-language')).toBe('en');
  });

  it('lets one of five tabs refresh and the four others take its pair', async () => {
    const storage = sharedStorage();
    createTokenStore(storage).setTokens({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    const lock = sharedLock();
    const fetchImpl = jest.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return jsonResponse(newPair);
    });
    const tabs = Array.from({ length: 5 }, () => {
      const store = createTokenStore(storage);
      return { store, refresher: createSessionRefresher('/graphql', store, { lock, fetchImpl: fetchImpl as unknown as typeof fetch }) };
    });
    const outcomes = await Promise.all(tabs.map((tab) => tab.refresher.refresh('old-access')));
    expect(outcomes).toEqual(Array(5).fill('refreshed'));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(tabs.map((tab) => tab.store.getAccessToken())).toEqual(Array(5).fill('new-access'));
  });

  it('waits a moment for the pair of the tab that held the lock first to reach its storage', async () => {
    const storage = sharedStorage();
    const store = createTokenStore(storage);
    store.setTokens({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    // The other tab's pair shows in this tab's storage 50 ms after the lock is handed over.
    const handedOver: RefreshLock = {
      run: (task) => {
        setTimeout(() => createTokenStore(storage).setTokens({ accessToken: 'new-access', refreshToken: 'new-refresh' }), 50);
        return task(true);
      },
    };
    const fetchImpl = jest.fn(async () => jsonResponse(newPair));
    const refresher = createSessionRefresher('/graphql', store, { lock: handedOver, fetchImpl: fetchImpl as unknown as typeof fetch });
    await expect(refresher.refresh('old-access')).resolves.toBe('refreshed');
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(store.getAccessToken()).toBe('new-access');
  });

  it('refreshes by itself when the tab that held the lock first brought nothing', async () => {
    const store = createTokenStore(sharedStorage());
    store.setTokens({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    const fetchImpl = jest.fn(async () => jsonResponse(newPair));
    const refresher = createSessionRefresher('/graphql', store, {
      lock: { run: (task) => task(true) },
      fetchImpl: fetchImpl as unknown as typeof fetch,
      handoffMs: 50,
    });
    await expect(refresher.refresh('old-access')).resolves.toBe('refreshed');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('asks the server again when the token in store is the one that was refused', async () => {
    const store = createTokenStore(sharedStorage());
    store.setTokens({ accessToken: 'refused-access', refreshToken: 'r1' });
    const fetchImpl = jest.fn(async () => jsonResponse(newPair));
    const refresher = createSessionRefresher('/graphql', store, { fetchImpl: fetchImpl as unknown as typeof fetch });
    await expect(refresher.refresh('refused-access')).resolves.toBe('refreshed');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the refresh token is refused', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'revoked' });
    const refresher = createSessionRefresher('/graphql', store, { fetchImpl: (async () => jsonResponse(refused)) as unknown as typeof fetch });
    await expect(refresher.refresh('a')).resolves.toBe('rejected');
    expect(store.hasSession()).toBe(false);
  });

  it('keeps the pair another tab stored while its own refusal was on the way', async () => {
    const storage = sharedStorage();
    const store = createTokenStore(storage);
    store.setTokens({ accessToken: 'a', refreshToken: 'r1' });
    const fetchImpl = async () => {
      createTokenStore(storage).setTokens({ accessToken: 'a2', refreshToken: 'r2' });
      return jsonResponse(refused);
    };
    const refresher = createSessionRefresher('/graphql', store, { fetchImpl: fetchImpl as unknown as typeof fetch });
    await expect(refresher.refresh('a')).resolves.toBe('refreshed');
    expect(store.getRefreshToken()).toBe('r2');
  });

  it('keeps the session when the network is down, the server fails or does not answer in time', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    const failing = async () => jsonResponse({ data: null, errors: [{ message: 'Lỗi máy chủ', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    const silent = (_uri: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    for (const fetchImpl of [down, failing, silent]) {
      const refresher = createSessionRefresher('/graphql', store, { fetchImpl: fetchImpl as unknown as typeof fetch, timeoutMs: 50 });
      await expect(refresher.refresh('a')).resolves.toBe('unreachable');
    }
    expect(store.getRefreshToken()).toBe('r');
  });
});
