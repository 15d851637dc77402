import { print } from 'graphql';
import { refreshTokenMutation } from '../operations/auth.operations';
import { acceptLanguageHeader, type CurrentLanguage, vietnamese } from './language-link';
import type { TokenPair, TokenStore } from './token-store';

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

export interface SessionRefresher {
  refresh(): Promise<RefreshOutcome>;
}

interface RefreshResponse {
  data?: { refreshToken?: TokenPair | null } | null;
}

export function createSessionRefresher(
  uri: string,
  tokenStore: TokenStore,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  currentLanguage: CurrentLanguage = vietnamese,
): SessionRefresher {
  let inFlight: Promise<RefreshOutcome> | null = null;
  const body = (refreshToken: string) =>
    JSON.stringify({ operationName: 'RefreshToken', query: print(refreshTokenMutation), variables: { refreshToken } });

  const requestNewPair = async (): Promise<RefreshOutcome> => {
    const refreshToken = tokenStore.getRefreshToken();
    if (!refreshToken) return 'rejected';
    try {
      const response = await fetchImpl(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...acceptLanguageHeader(currentLanguage) },
        body: body(refreshToken),
      });
      const payload = (await response.json()) as RefreshResponse;
      const pair = payload.data?.refreshToken;
      if (!pair) {
        tokenStore.clear();
        return 'rejected';
      }
      tokenStore.setTokens(pair);
      return 'refreshed';
    } catch {
      return 'unreachable';
    }
  };

  return {
    refresh() {
      inFlight ??= requestNewPair().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}
