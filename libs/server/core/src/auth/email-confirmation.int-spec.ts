import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';
import { EmailConfirmationService } from './email-confirmation.service';
import { loadActor } from './load-actor';
import { hashSecretToken } from './secret-token';

describe('email confirmation links (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let auth: AuthService;
  let confirmations: EmailConfirmationService;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
    auth = ctx.get(AuthService);
    confirmations = ctx.get(EmailConfirmationService);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  /** A registered account and a link of its own whose raw token the test knows. */
  async function registeredWithLink(): Promise<{ userId: string; email: string; token: string }> {
    const email = `xac-nhan-${randomUUID()}@test.hocso.vn`;
    const { user } = await auth.register({ fullName: 'Người Đăng Ký', email, password: 'an-toan-2026' });
    const token = `test-${randomUUID()}`;
    await db.query(`INSERT INTO email_confirmation (user_id, email, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [
      user.id,
      email,
      hashSecretToken(token),
    ]);
    return { userId: user.id, email, token };
  }

  const actorOf = async (userId: string) => (await loadActor(db, userId))!;
  const verifiedAt = async (userId: string) => (await db.query('SELECT email_verified_at FROM app_user WHERE id = $1', [userId]))[0].email_verified_at;

  it('creates an unconfirmed account and a link that expires after PASSWORD_LINK_TTL_HOURS', async () => {
    const { user } = await auth.register({ fullName: 'Người Mới', email: `moi-${randomUUID()}@test.hocso.vn`, password: 'an-toan-2026' });
    expect(user.emailVerifiedAt).toBeNull();
    const [link] = await db.query(`SELECT email, round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM email_confirmation WHERE user_id = $1`, [user.id]);
    expect(link).toEqual({ email: user.email, hours: '72' });
  });

  it('refuses an expired link, and a link sent to an address the account no longer has', async () => {
    const expired = await registeredWithLink();
    await db.query('UPDATE email_confirmation SET expires_at = now() - interval \'1 second\' WHERE token_hash = $1', [hashSecretToken(expired.token)]);
    const refusal = await domainErrorOf(confirmations.confirm(await actorOf(expired.userId), expired.token));
    expect([refusal.code, refusal.field, refusal.reason]).toEqual(['BAD_USER_INPUT', 'token', 'account.confirmationLinkInvalid']);
    expect(await verifiedAt(expired.userId)).toBeNull();

    const moved = await registeredWithLink();
    await db.query('UPDATE app_user SET email = $2 WHERE id = $1', [moved.userId, `moi-${randomUUID()}@test.hocso.vn`]);
    expect((await domainErrorOf(confirmations.confirm(await actorOf(moved.userId), moved.token))).reason).toBe('account.confirmationLinkInvalid');
    expect(await verifiedAt(moved.userId)).toBeNull();
  });

  it('ends the pending links of accounts that onboarding took back, and only theirs', async () => {
    const reclaimed = await registeredWithLink();
    const untouched = await registeredWithLink();
    await db.transaction((manager) => confirmations.cancelLinks(manager, [reclaimed.userId]));
    expect((await domainErrorOf(confirmations.confirm(await actorOf(reclaimed.userId), reclaimed.token))).reason).toBe('account.confirmationLinkInvalid');
    await confirmations.confirm(await actorOf(untouched.userId), untouched.token);
    expect(await verifiedAt(untouched.userId)).toBeInstanceOf(Date);
  });

  it('sends one link a minute at most, then a new one', async () => {
    const { userId } = await registeredWithLink();
    const actor = await actorOf(userId);
    const tooSoon = await domainErrorOf(confirmations.resend(actor));
    expect([tooSoon.code, tooSoon.reason]).toEqual(['TOO_MANY_REQUESTS', 'account.confirmationResendTooSoon']);
    expect(tooSoon.details?.['retryAfterSeconds']).toBeGreaterThan(0);
    await db.query(`UPDATE email_confirmation SET created_at = created_at - interval '61 seconds' WHERE user_id = $1`, [userId]);
    await confirmations.resend(actor);
    const [{ links }] = await db.query('SELECT count(*)::int AS links FROM email_confirmation WHERE user_id = $1', [userId]);
    expect(links).toBe(3);
  });
});
