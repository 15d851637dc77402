import { DEMO_PASSWORD } from './portal-session';

export interface GraphqlApi {
  /** Sends one operation; throws with the errors when there is no data. */
  call<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** An access token of the account, signed in over GraphQL. */
  tokenOf(email: string, password?: string): Promise<string>;
}

/** GraphQL over HTTP against the running platform, for what a suite sets up before the browser takes over. */
export function graphqlApi(baseUrl: () => string): GraphqlApi {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    call,
    async tokenOf(email, password = DEMO_PASSWORD) {
      const data = await call<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password } });
      return data.login.accessToken;
    },
  };
}
