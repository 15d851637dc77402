import { describe, expect, it, jest } from '@jest/globals';
import { createSessionRefresher } from './session-refresher';
import { createTokenStore } from './token-store';

const jsonResponse = (body: unknown) => ({ json: async () => body }) as Response;

describe('createSessionRefresher', () => {
  it('rotates the pair with a single request for concurrent callers', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    const fetchImpl = jest.fn(async () => jsonResponse({ data: { refreshToken: { accessToken: 'new-access', refreshToken: 'new-refresh' } } }));
    const refresher = createSessionRefresher('/graphql', store, fetchImpl as unknown as typeof fetch);
    const outcomes = await Promise.all([refresher.refresh(), refresher.refresh()]);
    expect(outcomes).toEqual(['refreshed', 'refreshed']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const body = JSON.parse(String((fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1].body)) as { variables: unknown };
    expect(body.variables).toEqual({ refreshToken: 'old-refresh' });
    expect(store.getAccessToken()).toBe('new-access');
    expect(store.getRefreshToken()).toBe('new-refresh');
  });

  it('asks in the language of the screen', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const fetchImpl = jest.fn(async () => jsonResponse({ data: { refreshToken: { accessToken: 'b', refreshToken: 's' } } }));
    await createSessionRefresher('/graphql', store, fetchImpl as unknown as typeof fetch, () => 'en').refresh();
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).get('accept-language')).toBe('en');
  });

  it('ends the session when the refresh token is refused', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'revoked' });
    const fetchImpl = async () => jsonResponse({ data: null, errors: [{ message: 'Phiên đã hết hạn', extensions: { code: 'UNAUTHENTICATED' } }] });
    const refresher = createSessionRefresher('/graphql', store, fetchImpl as unknown as typeof fetch);
    await expect(refresher.refresh()).resolves.toBe('rejected');
    expect(store.hasSession()).toBe(false);
  });

  it('keeps the session when the network is down', async () => {
    const store = createTokenStore(null);
    store.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const fetchImpl = async () => {
      throw new TypeError('Failed to fetch');
    };
    const refresher = createSessionRefresher('/graphql', store, fetchImpl as unknown as typeof fetch);
    await expect(refresher.refresh()).resolves.toBe('unreachable');
    expect(store.getRefreshToken()).toBe('r');
  });
});
