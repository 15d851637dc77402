import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser, TEST_PASSWORD } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';
import { hashSecretToken } from './secret-token';

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; field?: string; reason: string; message: string }> {
  const { code, field, reason, message } = await domainErrorOf(promise);
  return { code, field, reason, message };
}

describe('AuthService (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let auth: AuthService;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
    auth = ctx.get(AuthService);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  const email = () => `Auth-${randomUUID()}@Test.HocSo.vn`;

  it('registers with argon2id, a LEARNER grant and a token pair; the email is stored normalised', async () => {
    const raw = email();
    const signedIn = await auth.register({ fullName: '  Nguyễn   Văn An ', email: raw, password: 'an-toan-2026' });
    expect(signedIn.user.email).toBe(raw.toLowerCase());
    expect(signedIn.user.fullName).toBe('Nguyễn Văn An');
    const [row] = await db.query('SELECT password_hash FROM app_user WHERE id = $1', [signedIn.user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const actor = await auth.actorFor(signedIn.accessToken);
    expect(actor.grants.map((g) => g.role)).toEqual(['LEARNER']);
  });

  it('refuses a duplicate email with CONFLICT, whatever its case', async () => {
    const raw = email();
    await auth.register({ fullName: 'Trần Bình', email: raw, password: 'an-toan-2026' });
    await expect(codeOf(auth.register({ fullName: 'Trần Bình', email: raw.toUpperCase(), password: 'an-toan-2026' }))).resolves.toMatchObject({
      code: 'CONFLICT',
      field: 'email',
      reason: 'auth.emailTaken',
    });
  });

  it('names the field of a weak password or a bad email, and writes nothing', async () => {
    const raw = email();
    await expect(codeOf(auth.register({ fullName: 'Lê Chi', email: raw, password: 'short1' }))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    await expect(codeOf(auth.register({ fullName: 'Lê Chi', email: 'not-an-email', password: 'an-toan-2026' }))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE email = $1', [raw.toLowerCase()]);
    expect(count).toBe(0);
  });

  it('gives the same UNAUTHENTICATED message for a wrong password and an unknown email', async () => {
    const user = await createTestUser(db);
    const wrongPassword = await codeOf(auth.login({ email: user.email }, 'wrong-password-1'));
    const unknownEmail = await codeOf(auth.login({ email: `nobody-${randomUUID()}@test.hocso.vn` }, 'wrong-password-1'));
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'auth.wrongCredentials' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('throttles repeated failures on one account, and lets a right password in before that', async () => {
    const user = await createTestUser(db);
    await expect(auth.login({ email: user.email }, TEST_PASSWORD)).resolves.toMatchObject({ user: { id: user.id } });
    for (let attempt = 0; attempt < 5; attempt += 1) await codeOf(auth.login({ email: user.email }, 'wrong-password-1'));
    await expect(codeOf(auth.login({ email: user.email }, TEST_PASSWORD))).resolves.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('throttles failures from one IP across accounts, but never successes', async () => {
    const ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const regular = await createTestUser(db);
    for (let attempt = 0; attempt < 60; attempt += 1) await auth.login({ email: regular.email }, TEST_PASSWORD, ip);
    const results = [];
    for (let attempt = 0; attempt < 52; attempt += 1) {
      results.push((await codeOf(auth.login({ email: `x${attempt}-${randomUUID()}@test.hocso.vn` }, 'wrong-password-1', ip))).code);
    }
    expect(results.slice(0, 50).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(results.slice(50)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  /** Moves the moment a refresh token was used back by an hour: past any reuse interval. */
  const ageUse = (refreshToken: string) =>
    db.query(`UPDATE refresh_token SET used_at = used_at - interval '1 hour' WHERE token_hash = $1`, [hashSecretToken(refreshToken)]);

  it('rotates refresh tokens, and the replay of a rotated token after the reuse interval ends the whole session', async () => {
    const user = await createTestUser(db);
    const first = await auth.login({ email: user.email }, TEST_PASSWORD);
    const second = await auth.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await auth.refresh(second.refreshToken);
    await ageUse(first.refreshToken);
    // first was used an hour ago: someone replays it, so it leaked → the session (including `third`) ends
    await expect(codeOf(auth.refresh(first.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.refresh(third.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.actorFor(third.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers a refresh token presented again within the reuse interval with the successor already issued', async () => {
    const user = await createTestUser(db);
    const first = await auth.login({ email: user.email }, TEST_PASSWORD);
    const second = await auth.refresh(first.refreshToken);
    const again = await auth.refresh(first.refreshToken);
    expect(again.refreshToken).toBe(second.refreshToken);
    expect(again.user.id).toBe(user.id);
    await expect(auth.actorFor(again.accessToken)).resolves.toMatchObject({ userId: user.id });
    // the session goes on: the successor rotates as usual, once
    const third = await auth.refresh(second.refreshToken);
    expect(third.refreshToken).not.toBe(second.refreshToken);
    const [{ count }] = await db.query(
      'SELECT count(*)::int AS count FROM refresh_token WHERE session_id = (SELECT session_id FROM refresh_token WHERE token_hash = $1)',
      [hashSecretToken(first.refreshToken)],
    );
    expect(count).toBe(3);
  });

  it('answers every one of many simultaneous refreshes of one token with the same successor', async () => {
    const user = await createTestUser(db);
    const first = await auth.login({ email: user.email }, TEST_PASSWORD);
    const answers = await Promise.all(Array.from({ length: 20 }, () => auth.refresh(first.refreshToken)));
    expect(new Set(answers.map((answer) => answer.refreshToken)).size).toBe(1);
    await expect(auth.refresh(answers[0].refreshToken)).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('refuses an unknown refresh token without ending anything', async () => {
    const user = await createTestUser(db);
    const session = await auth.login({ email: user.email }, TEST_PASSWORD);
    await expect(codeOf(auth.refresh('not-a-token-we-issued'))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(auth.refresh(session.refreshToken)).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('logout revokes the session; other sessions of the user live on', async () => {
    const user = await createTestUser(db);
    const phone = await auth.login({ email: user.email }, TEST_PASSWORD);
    const laptop = await auth.login({ email: user.email }, TEST_PASSWORD);
    await auth.logout(phone.refreshToken);
    await expect(codeOf(auth.refresh(phone.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.actorFor(phone.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(auth.refresh(laptop.refreshToken)).resolves.toMatchObject({ user: { id: user.id } });
    await expect(auth.actorFor(laptop.accessToken)).resolves.toMatchObject({ userId: user.id });
  });

  it('sets a password once from a one-time link and signs in', async () => {
    const user = await createTestUser(db, { withPassword: false });
    await expect(codeOf(auth.login({ email: user.email }, 'whatever-123'))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    const token = await auth.createPasswordToken(user.id);
    const signedIn = await auth.setPasswordWithToken(token, 'mat-khau-moi-2026');
    expect(signedIn.user.id).toBe(user.id);
    await expect(auth.login({ email: user.email }, 'mat-khau-moi-2026')).resolves.toMatchObject({ user: { id: user.id } });
    await expect(codeOf(auth.setPasswordWithToken(token, 'lan-thu-hai-2026'))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
  });

  it('setting a password from a link ends every earlier session at once, access tokens included', async () => {
    const user = await createTestUser(db);
    const earlier = await auth.login({ email: user.email }, TEST_PASSWORD);
    const signedIn = await auth.setPasswordWithToken(await auth.createPasswordToken(user.id), 'mat-khau-moi-2026');
    await expect(codeOf(auth.actorFor(earlier.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.refresh(earlier.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(auth.actorFor(signedIn.accessToken)).resolves.toMatchObject({ userId: user.id });
  });

  it('changing the password signs out every other session at once; the session that changed it goes on', async () => {
    const user = await createTestUser(db);
    const other = await auth.login({ email: user.email }, TEST_PASSWORD);
    const mine = await auth.login({ email: user.email }, TEST_PASSWORD);
    const actor = await auth.actorFor(mine.accessToken);
    await expect(codeOf(auth.changePassword(actor, 'not-my-password-1', 'new-pass-2026'))).resolves.toMatchObject({
      field: 'currentPassword',
    });
    await auth.changePassword(actor, TEST_PASSWORD, 'new-pass-2026');
    await expect(codeOf(auth.refresh(other.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.actorFor(other.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(auth.actorFor(mine.accessToken)).resolves.toMatchObject({ userId: user.id });
    await expect(auth.refresh(mine.refreshToken)).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('changing the password without a session at hand (outside a request) signs out every session', async () => {
    const user = await createTestUser(db);
    const session = await auth.login({ email: user.email }, TEST_PASSWORD);
    await auth.changePassword(user.actor, TEST_PASSWORD, 'new-pass-2026');
    await expect(codeOf(auth.refresh(session.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codeOf(auth.actorFor(session.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a tampered or expired access token', async () => {
    const user = await createTestUser(db);
    const { accessToken } = await auth.login({ email: user.email }, TEST_PASSWORD);
    const [header, payload] = accessToken.split('.');
    await expect(codeOf(auth.actorFor(`${header}.${payload}.forged-signature`))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
