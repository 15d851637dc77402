import { randomUUID } from 'node:crypto';
import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { APP_CONFIG, type AppConfig, AuthService } from '@hocso/server-core';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken user { id } } }';
const SIGNED_IN_ONLY = '{ myEnrollments { id } }';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('sessions over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let config: AppConfig;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    config = api.app.get<AppConfig>(APP_CONFIG);
  });
  afterAll(() => api.close());

  async function signIn(email: string, password = TEST_PASSWORD): Promise<Pair> {
    const response = await api.gql<{ login: Pair }>(LOGIN, { input: { email, password } });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login;
  }

  async function codeWith(accessToken: string): Promise<string | undefined> {
    const response = await api.gql(SIGNED_IN_ONLY, undefined, accessToken);
    expect(response.status).toBeLessThan(500);
    return response.errors?.[0]?.extensions?.code ?? 'OK';
  }

  /** Sends the same operation 50 times at once; each call's time, and its answer (null when it failed or hung). */
  function fiftyAtOnce<T>(query: string, variables: Record<string, unknown>, timeoutMs: number) {
    return Promise.all(
      Array.from({ length: 50 }, async () => {
        const started = performance.now();
        const answer = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        })
          .then(async (response) => (await response.json()) as { data?: T | null })
          .catch(() => ({ data: null }));
        return { ms: performance.now() - started, data: answer.data ?? null };
      }),
    );
  }

  it('answers 50 simultaneous refreshes of one token within a second each, with one successor, and leaves the pool whole', async () => {
    const user = await createTestUser(db);
    const { refreshToken } = await signIn(user.email);
    // A warm server, as in production: the first refresh of a process compiles its code paths.
    await api.gql(REFRESH, { t: (await signIn(user.email)).refreshToken });
    // A second on a quiet machine; on one busy with other work, the held row lock below plus three times what
    // 50 simultaneous trivial queries take. The deadlock this guards against never answers at all.
    const trivial = await fiftyAtOnce('{ tracks { code } }', {}, 10_000);
    const budgetMs = Math.round(Math.max(1000, 150 + 3 * Math.max(...trivial.map((call) => call.ms))));
    // Another transaction holds the user's row for 150 ms (an admin editing the profile, say), so the first
    // rotation is slow to finish and the others arrive while it holds the token.
    const profileEdit = db.createQueryRunner();
    await profileEdit.startTransaction();
    await profileEdit.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [user.id]);
    const editDone = new Promise((resolve) => setTimeout(resolve, 150)).then(async () => {
      await profileEdit.commitTransaction();
      await profileEdit.release();
    });
    const answers = await fiftyAtOnce<{ refreshToken: Pair }>(REFRESH, { t: refreshToken }, budgetMs + 2000);
    const calls = answers.map((call) => ({ ms: call.ms, successor: call.data?.refreshToken.refreshToken ?? null }));
    await editDone;
    expect(calls.filter((call) => call.successor === null)).toEqual([]);
    expect(Math.max(...calls.map((call) => call.ms))).toBeLessThan(budgetMs);
    const successors = new Set(calls.map((call) => call.successor));
    expect(successors.size).toBe(1);
    const [successor] = [...successors] as string[];
    expect(successor).not.toBe(refreshToken);

    const pool = (db.driver as unknown as { master: Pool }).master;
    expect({ waiting: pool.waitingCount, busy: pool.totalCount - pool.idleCount }).toEqual({ waiting: 0, busy: 0 });
    const [{ stuck }] = await db.query(
      `SELECT count(*)::int AS stuck FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(stuck).toBe(0);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    // The session lives on: its successor rotates as usual.
    const next = await api.gql<{ refreshToken: Pair }>(REFRESH, { t: successor });
    expect(next.data?.refreshToken.refreshToken).toEqual(expect.any(String));
  });

  it('ends the access token at once on logout; another session of the user lives on', async () => {
    const user = await createTestUser(db);
    const phone = await signIn(user.email);
    const laptop = await signIn(user.email);
    await expect(codeWith(phone.accessToken)).resolves.toBe('OK');
    await api.gql('mutation ($t: String!) { logout(refreshToken: $t) }', { t: phone.refreshToken });
    await expect(codeWith(phone.accessToken)).resolves.toBe('UNAUTHENTICATED');
    await expect(codeWith(laptop.accessToken)).resolves.toBe('OK');
  });

  it('ends the access tokens of the other sessions at once on a password change; the session that changed it stays signed in', async () => {
    const user = await createTestUser(db);
    const stolen = await signIn(user.email);
    const mine = await signIn(user.email);
    const changed = await api.gql(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: TEST_PASSWORD, n: 'mat-khau-moi-2026' },
      mine.accessToken,
    );
    expect(changed.data).toEqual({ changePassword: true });
    await expect(codeWith(stolen.accessToken)).resolves.toBe('UNAUTHENTICATED');
    expect((await api.gql(REFRESH, { t: stolen.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(codeWith(mine.accessToken)).resolves.toBe('OK');
    expect((await api.gql<{ refreshToken: Pair }>(REFRESH, { t: mine.refreshToken })).data?.refreshToken.accessToken).toEqual(expect.any(String));
  });

  it('ends the access token at once when a rotated refresh token is replayed after the reuse interval', async () => {
    const user = await createTestUser(db);
    const first = await signIn(user.email);
    const second = (await api.gql<{ refreshToken: Pair }>(REFRESH, { t: first.refreshToken })).data!.refreshToken;
    await db.query(
      `UPDATE refresh_token SET used_at = now() - interval '1 hour' WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [first.refreshToken],
    );
    expect((await api.gql(REFRESH, { t: first.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(codeWith(second.accessToken)).resolves.toBe('UNAUTHENTICATED');
    await expect(codeWith(first.accessToken)).resolves.toBe('UNAUTHENTICATED');
  });

  it('looks the session up once per request, however many fields ask, whether it lives or has ended', async () => {
    const user = await createTestUser(db);
    const live = await signIn(user.email);
    const ended = await signIn(user.email);
    await api.gql('mutation ($t: String!) { logout(refreshToken: $t) }', { t: ended.refreshToken });
    const lookups = jest.spyOn(api.app.get(AuthService), 'actorFor');
    try {
      const threeFields = '{ a: tracks { code } b: tracks { code } c: me { id } }';
      expect((await api.gql<{ c: { id: string } | null }>(threeFields, undefined, live.accessToken)).data?.c).toEqual({ id: user.id });
      expect(lookups).toHaveBeenCalledTimes(1);
      expect((await api.gql<{ c: { id: string } | null }>(threeFields, undefined, ended.accessToken)).data?.c).toBeNull();
      expect(lookups).toHaveBeenCalledTimes(2);
    } finally {
      lookups.mockRestore();
    }
  });

  describe('access tokens that are not ours', () => {
    const jwt = new JwtService();
    let userId: string;
    let sessionId: string;

    beforeAll(async () => {
      const user = await createTestUser(db);
      const { accessToken } = await signIn(user.email);
      userId = user.id;
      sessionId = (jwt.decode<{ sid: string }>(accessToken)).sid;
    });

    const sign = (claims: Record<string, unknown>, expiresIn?: number) =>
      jwt.sign(claims, { secret: config.JWT_SECRET, algorithm: 'HS256', ...(expiresIn ? { expiresIn } : {}) });

    it('accepts a well-formed token (the control case)', async () => {
      await expect(codeWith(sign({ sub: userId, sid: sessionId, typ: 'access' }, 60))).resolves.toBe('OK');
    });

    it('refuses a token without exp as UNAUTHENTICATED', async () => {
      await expect(codeWith(sign({ sub: userId, sid: sessionId, typ: 'access' }))).resolves.toBe('UNAUTHENTICATED');
    });

    it('refuses a token whose sub or session id is not a uuid as UNAUTHENTICATED, not a 500', async () => {
      await expect(codeWith(sign({ sub: 'not-a-uuid', sid: sessionId, typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
      await expect(codeWith(sign({ sub: "' OR 1=1 --", sid: sessionId, typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
      await expect(codeWith(sign({ sub: userId, sid: 'not-a-uuid', typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
      await expect(codeWith(sign({ sub: userId, typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
    });

    it('refuses a token of another session id or another user', async () => {
      await expect(codeWith(sign({ sub: userId, sid: randomUUID(), typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
      await expect(codeWith(sign({ sub: randomUUID(), sid: sessionId, typ: 'access' }, 60))).resolves.toBe('UNAUTHENTICATED');
    });
  });
});
