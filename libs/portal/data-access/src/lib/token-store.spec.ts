import { describe, expect, it, jest } from '@jest/globals';
import { createTokenStore, REFRESH_TOKEN_STORAGE_KEY, type KeyValueStorage } from './token-store';

function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

describe('createTokenStore', () => {
  it('keeps the access token in memory and the refresh token in storage', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setTokens({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(store.getAccessToken()).toBe('access-1');
    expect([...storage.values.entries()]).toEqual([[REFRESH_TOKEN_STORAGE_KEY, 'refresh-1']]);
  });

  it('restores a session from storage after a reload, without an access token', () => {
    const storage = memoryStorage();
    storage.setItem(REFRESH_TOKEN_STORAGE_KEY, 'refresh-1');
    const store = createTokenStore(storage);
    expect(store.getAccessToken()).toBeNull();
    expect(store.hasSession()).toBe(true);
  });

  it('stores the rotated pair and notifies listeners; clear ends the session', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    const listener = jest.fn();
    store.subscribe(listener);
    store.setTokens({ accessToken: 'a1', refreshToken: 'r1' });
    store.setTokens({ accessToken: 'a2', refreshToken: 'r2' });
    expect(store.getRefreshToken()).toBe('r2');
    store.clear();
    expect(store.hasSession()).toBe(false);
    expect(storage.values.size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('works when storage throws', () => {
    const failing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createTokenStore(failing);
    store.setTokens({ accessToken: 'a', refreshToken: 'r' });
    expect(store.getRefreshToken()).toBe('r');
  });
});
