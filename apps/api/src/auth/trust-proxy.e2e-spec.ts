import { createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

/** The throttle keys sign-ins by the client's address: who may say what that address is. */
describe('TRUST_PROXY: whose X-Forwarded-For the API believes', () => {
  const saved = { TRUST_PROXY: process.env['TRUST_PROXY'], LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: process.env['LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP'] };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** Two wrong passwords "from" one forwarded address, then a third "from" another: the code of the third. */
  async function thirdAttemptWith(trustProxy: string | undefined): Promise<string | undefined> {
    if (trustProxy === undefined) delete process.env['TRUST_PROXY'];
    else process.env['TRUST_PROXY'] = trustProxy;
    process.env['LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP'] = '2';
    const api: TestApi = await startTestApi();
    try {
      const user = await createTestUser(api.app.get<DataSource>(getDataSourceToken()));
      const attempt = async (forwardedFor: string) => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ query: LOGIN, variables: { input: { email: user.email, password: 'wrong-password-1' } } }),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        return body.errors?.[0]?.extensions?.code;
      };
      await attempt('203.0.113.7');
      await attempt('203.0.113.7');
      return await attempt('203.0.113.8');
    } finally {
      await api.close();
    }
  }

  it('believes nobody by default: anyone who can reach the API cannot choose their address', async () => {
    await expect(thirdAttemptWith(undefined)).resolves.toBe('TOO_MANY_REQUESTS');
  });

  it('believes the last proxy hop when TRUST_PROXY=1 (the nginx in front of the API)', async () => {
    await expect(thirdAttemptWith('1')).resolves.toBe('UNAUTHENTICATED');
  });

  it('believes the proxies it lists', async () => {
    await expect(thirdAttemptWith('127.0.0.1/32')).resolves.toBe('UNAUTHENTICATED');
    await expect(thirdAttemptWith('10.9.8.7')).resolves.toBe('TOO_MANY_REQUESTS');
  });
});
