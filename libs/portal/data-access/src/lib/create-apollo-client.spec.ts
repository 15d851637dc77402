import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { tracksQuery } from '../operations/tracks.operations';
import { createApolloClient } from './create-apollo-client';
import { createTokenStore } from './token-store';

describe('createApolloClient', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the current language of the screen as Accept-Language with every operation', async () => {
    const languages: Array<string | null> = [];
    globalThis.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
      languages.push(new Headers(init?.headers).get('accept-language'));
      return new Response(JSON.stringify({ data: { tracks: [] } }), { headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    let language = 'en';
    const { client } = createApolloClient(createTokenStore(null), 'http://portal.test/graphql', () => language);
    await client.query({ query: tracksQuery, fetchPolicy: 'network-only' });
    language = 'vi';
    await client.query({ query: tracksQuery, fetchPolicy: 'network-only' });
    expect(languages).toEqual(['en', 'vi']);
  });
});
