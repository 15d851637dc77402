import { TEST_PASSWORD } from '@hocso/server-core/testing';
import type { GraphqlResponse, TestApi } from './test-api';

export interface TestSession {
  accessToken: string;
  refreshToken: string;
  /** The `name=value` of the file cookie the sign-in set, as a browser would send it back. */
  fileCookie: string | null;
  /** The whole Set-Cookie header of the sign-in response. */
  setCookie: string | null;
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';

/** Signs in over HTTP and keeps what a browser would: the tokens and the file cookie. */
export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD): Promise<TestSession> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as GraphqlResponse<{ login: { accessToken: string; refreshToken: string } }>;
  if (!body.data) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body.errors)}`);
  const setCookie = response.headers.get('set-cookie');
  return { ...body.data.login, setCookie, fileCookie: setCookie?.split(';')[0] ?? null };
}

/** Runs an operation that must succeed and returns its data. */
export async function mustSucceed<T>(api: TestApi, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await api.gql<T>(query, variables, token);
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}
