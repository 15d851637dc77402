export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TokenStore {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  hasSession(): boolean;
  setTokens(pair: TokenPair): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export const REFRESH_TOKEN_STORAGE_KEY = 'hocso.refreshToken';

export function createTokenStore(storage: KeyValueStorage | null, storageKey = REFRESH_TOKEN_STORAGE_KEY): TokenStore {
  let accessToken: string | null = null;
  let fallbackRefreshToken: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const readRefreshToken = (): string | null => {
    try {
      return storage ? storage.getItem(storageKey) : fallbackRefreshToken;
    } catch {
      return fallbackRefreshToken;
    }
  };

  const writeRefreshToken = (token: string | null) => {
    fallbackRefreshToken = token;
    try {
      if (!storage) return;
      if (token) storage.setItem(storageKey, token);
      else storage.removeItem(storageKey);
    } catch {
      // Private browsing can refuse storage; the in-memory copy keeps the session for this tab.
    }
  };

  return {
    getAccessToken: () => accessToken,
    getRefreshToken: readRefreshToken,
    hasSession: () => accessToken !== null || readRefreshToken() !== null,
    setTokens(pair) {
      accessToken = pair.accessToken;
      writeRefreshToken(pair.refreshToken);
      notify();
    },
    clear() {
      const hadSession = accessToken !== null || readRefreshToken() !== null;
      accessToken = null;
      writeRefreshToken(null);
      if (hadSession) notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
