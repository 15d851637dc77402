import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CHECK = 'query ($json: String!) { checkCredential(json: $json) { state } }';
const CREDENTIAL = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: 'did:key:z6Mk', credentialSubject: {} });

/** The public credential check is throttled per client address (told by the proxy, TRUST_PROXY) in Redis. */
describe('checkCredential throttle over HTTP (real Redis)', () => {
  const limits = { TRUST_PROXY: '1', CREDENTIAL_CHECK_MAX_PER_IP: '3', CREDENTIAL_CHECK_WINDOW_SECONDS: '600' };
  const saved = Object.fromEntries(Object.keys(limits).map((name) => [name, process.env[name]]));
  let api: TestApi;

  beforeAll(async () => {
    Object.assign(process.env, limits);
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const check = async (address: string, language: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'accept-language': language },
      body: JSON.stringify({ query: CHECK, variables: { json: CREDENTIAL } }),
    });
    return (await response.json()) as { data?: { checkCredential: { state: string } } | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };

  it('answers three checks from an address, then TOO_MANY_REQUESTS with retryAfterSeconds in the reader’s language; another address is not held back', async () => {
    const other = `2001:db8:1::${randomUUID().slice(0, 4)}`;
    const ip = `2001:db8::${randomUUID().slice(0, 4)}`;
    for (let i = 0; i < 3; i += 1) expect((await check(ip, 'vi')).data?.checkCredential.state).toEqual(expect.any(String));
    const refused = await check(ip, 'vi');
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'credentials.tooManyChecks', retryAfterSeconds: expect.any(Number) });
    expect(Number(refused.errors?.[0]?.extensions?.['retryAfterSeconds'])).toBeGreaterThan(500);
    expect(refused.errors?.[0]?.message).toBe('Có quá nhiều lượt kiểm tra chứng chỉ từ địa chỉ mạng này. Vui lòng thử lại sau 10 phút');
    expect((await check(ip, 'en')).errors?.[0]?.message).toBe('Too many credential checks from this network address. Try again in 10 minute(s)');
    expect((await check(other, 'en')).data?.checkCredential.state).toEqual(expect.any(String));
  });
});
