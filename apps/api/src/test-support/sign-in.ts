import { TEST_PASSWORD } from '@hocso/server-core/testing';
import type { TestApi } from './test-api';

/** The access token of a test user, signed in through the API. */
export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password },
  });
  if (!response.data) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}
