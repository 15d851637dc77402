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
export const ACCESS_TOKEN_STORAGE_KEY = 'hocso.accessToken';

/**
 * The session's pair, in storage shared by every tab of the portal: the pair one tab gets by refreshing is
 * the one all the others use next (a tab never refreshes a token another tab already rotated). The refresh
 * token already lives there, so keeping the shorter-lived access token beside it exposes nothing more. When
 * storage is refused (private browsing), the pair lives in this tab's memory.
 */
export function createTokenStore(storage: KeyValueStorage | null): TokenStore {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const read = (key: string): string | null => {
    try {
      if (storage) return storage.getItem(key);
    } catch {
      // Storage refused: fall back to this tab's copy.
    }
    return memory.get(key) ?? null;
  };

  const write = (key: string, value: string | null) => {
    if (value) memory.set(key, value);
    else memory.delete(key);
    try {
      if (!storage) return;
      if (value) storage.setItem(key, value);
      else storage.removeItem(key);
    } catch {
      // Private browsing can refuse storage; the in-memory copy keeps the session for this tab.
    }
  };

  const hasSession = () => read(ACCESS_TOKEN_STORAGE_KEY) !== null || read(REFRESH_TOKEN_STORAGE_KEY) !== null;

  return {
    getAccessToken: () => read(ACCESS_TOKEN_STORAGE_KEY),
    getRefreshToken: () => read(REFRESH_TOKEN_STORAGE_KEY),
    hasSession,
    setTokens(pair) {
      write(ACCESS_TOKEN_STORAGE_KEY, pair.accessToken);
      write(REFRESH_TOKEN_STORAGE_KEY, pair.refreshToken);
      notify();
    },
    clear() {
      write(ACCESS_TOKEN_STORAGE_KEY, null);
      write(REFRESH_TOKEN_STORAGE_KEY, null);
      // Also when another tab already emptied the shared storage: this tab's screens must follow.
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
