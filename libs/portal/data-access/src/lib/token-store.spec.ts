import { describe, expect, it, jest } from '@jest/globals';
import { ACCESS_TOKEN_STORAGE_KEY, createTokenStore, REFRESH_TOKEN_STORAGE_KEY, type KeyValueStorage } from './token-store';

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
  it('keeps the pair in the storage every tab shares', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setTokens({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(Object.fromEntries(storage.values)).toEqual({ [ACCESS_TOKEN_STORAGE_KEY]: 'access-1', [REFRESH_TOKEN_STORAGE_KEY]: 'refresh-1' });
  });

  it('gives another tab the pair one tab got', () => {
    const storage = memoryStorage();
    const firstTab = createTokenStore(storage);
    const secondTab = createTokenStore(storage);
    firstTab.setTokens({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(secondTab.getAccessToken()).toBe('access-2');
    expect(secondTab.getRefreshToken()).toBe('refresh-2');
  });

  it('restores a session from storage after a reload', () => {
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

  it('notifies its listeners when another tab signed out first', () => {
    const storage = memoryStorage();
    const firstTab = createTokenStore(storage);
    const secondTab = createTokenStore(storage);
    firstTab.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const listener = jest.fn();
    secondTab.subscribe(listener);
    firstTab.clear();
    secondTab.clear();
    expect(listener).toHaveBeenCalledTimes(1);
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
    expect(store.getAccessToken()).toBe('a');
  });
});
