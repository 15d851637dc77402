import { print } from 'graphql';
import { refreshTokenMutation } from '../operations/auth.operations';
import { expiresSoon } from './access-token-expiry';
import { acceptLanguageHeader, type CurrentLanguage, vietnamese } from './language-link';
import { IN_TAB_REFRESH_LOCK, type RefreshLock } from './refresh-lock';
import type { TokenPair, TokenStore } from './token-store';

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

export interface SessionRefresher {
  /**
   * Makes sure the store holds a usable access token other than `stale` (the one that was refused or is about
   * to expire): the one another tab just got, or a new pair from the server.
   */
  refresh(stale?: string | null): Promise<RefreshOutcome>;
}

export interface SessionRefresherOptions {
  /** Keeps tabs from refreshing at the same time (see refresh-lock.ts); one tab alone by default. */
  lock?: RefreshLock;
  fetchImpl?: typeof fetch;
  /** The screen's language: the server writes its refusal in it. */
  currentLanguage?: CurrentLanguage;
  /** A refresh that has not answered by then counts as unreachable, so the lock is never held for ever. */
  timeoutMs?: number;
  /** How long to wait for the pair of the tab that held the lock first to show in this tab's storage. */
  handoffMs?: number;
}

interface RefreshResponse {
  data?: { refreshToken?: TokenPair | null } | null;
  errors?: Array<{ extensions?: { code?: unknown } }>;
}

export function createSessionRefresher(uri: string, tokenStore: TokenStore, options: SessionRefresherOptions = {}): SessionRefresher {
  const lock = options.lock ?? IN_TAB_REFRESH_LOCK;
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const handoffMs = options.handoffMs ?? 1_000;
  const currentLanguage = options.currentLanguage ?? vietnamese;
  let inFlight: Promise<RefreshOutcome> | null = null;
  const body = (refreshToken: string) =>
    JSON.stringify({ operationName: 'RefreshToken', query: print(refreshTokenMutation), variables: { refreshToken } });

  const requestNewPair = async (refreshToken: string): Promise<RefreshOutcome> => {
    let payload: RefreshResponse;
    try {
      const response = await fetchImpl(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...acceptLanguageHeader(currentLanguage) },
        body: body(refreshToken),
        signal: AbortSignal.timeout(timeoutMs),
      });
      payload = (await response.json()) as RefreshResponse;
    } catch {
      return 'unreachable';
    }
    const pair = payload.data?.refreshToken;
    if (pair) {
      tokenStore.setTokens(pair);
      return 'refreshed';
    }
    if (payload.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') return 'unreachable';
    // Without Web Locks another tab may have rotated the token meanwhile: its pair stands.
    const latest = tokenStore.getRefreshToken();
    if (latest !== null && latest !== refreshToken) return 'refreshed';
    tokenStore.clear();
    return 'rejected';
  };

  const refreshUnderLock = (stale: string | null) => {
    const seen = tokenStore.getRefreshToken();
    return lock.run(async (waited): Promise<RefreshOutcome> => {
      // Browsers do not order Web Locks with storage: the pair the previous holder stored reaches this tab's
      // view of storage a moment after the lock does.
      if (waited) await until(() => tokenStore.getRefreshToken() !== seen, handoffMs);
      const current = tokenStore.getAccessToken();
      if (current && current !== stale && !expiresSoon(current)) return 'refreshed';
      const refreshToken = tokenStore.getRefreshToken();
      if (!refreshToken) return 'rejected';
      return requestNewPair(refreshToken);
    });
  };

  return {
    refresh(stale = null) {
      inFlight ??= refreshUnderLock(stale).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
