import { startTestApi, type TestApi } from '../test-support/test-api';

describe('errors in the language of the request', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  async function myBanksAnonymously(acceptLanguage?: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
      body: JSON.stringify({ query: '{ myQuestionBanks { id } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    return body.errors[0];
  }

  it('answers in Vietnamese by default and when the request asks for a language we do not have', async () => {
    for (const header of [undefined, 'fr-FR,fr;q=0.9', 'vi-VN,vi;q=0.9,en;q=0.8']) {
      const error = await myBanksAnonymously(header);
      expect(error).toMatchObject({ message: 'Vui lòng đăng nhập', extensions: { code: 'UNAUTHENTICATED', reason: 'common.signInRequired', params: {} } });
    }
  });

  it('answers in English when the request prefers it, with the same reason key', async () => {
    const error = await myBanksAnonymously('en-US,en;q=0.9,vi;q=0.5');
    expect(error).toMatchObject({ message: 'Please sign in', extensions: { code: 'UNAUTHENTICATED', reason: 'common.signInRequired' } });
  });
});
