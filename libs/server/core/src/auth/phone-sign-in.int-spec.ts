import type { DataSource } from 'typeorm';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser, uniqueMobile } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { UserService } from '../users/user.service';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';

describe('Accounts named by a phone (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let auth: AuthService;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
    auth = ctx.get(AuthService);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  it('registers with a phone stored as E.164, no email and no confirmation mail, and signs in with any spelling of it', async () => {
    const phone = uniqueMobile();
    const signedIn = await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    expect(signedIn.user).toMatchObject({ phone: phone.e164, email: null });
    const [{ confirmations }] = await db.query('SELECT count(*)::int AS confirmations FROM email_confirmation WHERE user_id = $1', [signedIn.user.id]);
    expect(confirmations).toBe(0);
    const local = `0${phone.e164.slice(3)}`;
    for (const spelling of [phone.typed, phone.e164, `+84 ${phone.e164.slice(3)}`, phone.e164.slice(1), local]) {
      await expect(auth.login({ phone: spelling }, 'an-toan-2026')).resolves.toMatchObject({ user: { id: signedIn.user.id } });
    }
  });

  it('gives a phone to one account only, however it is written', async () => {
    const phone = uniqueMobile();
    await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    const refusal = await domainErrorOf(auth.register({ fullName: 'Võ Văn Hai', phone: phone.e164.slice(1), password: 'an-toan-2026' }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', field: 'phone', reason: 'users.phoneTaken' });
    const other = await createTestUser(db);
    const taken = await domainErrorOf(ctx.get(UserService).updateProfile(other.actor, { phone: phone.e164 }));
    expect(taken).toMatchObject({ code: 'CONFLICT', field: 'phone', reason: 'users.phoneTaken' });
  });

  it('asks for exactly one of email and phone, and refuses a number that is not a Vietnamese mobile', async () => {
    const phone = uniqueMobile();
    await expect(domainErrorOf(auth.register({ fullName: 'Võ Thị Hoa', email: 'hoa@test.hocso.vn', phone: phone.typed, password: 'an-toan-2026' }))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'account.emailOrPhone',
    });
    await expect(domainErrorOf(auth.register({ fullName: 'Võ Thị Hoa', phone: '028 3823 4567', password: 'an-toan-2026' }))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'phone',
      reason: 'users.phoneInvalid',
    });
    await expect(domainErrorOf(auth.login({}, 'an-toan-2026'))).resolves.toMatchObject({ reason: 'account.emailOrPhone' });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE phone = $1', [phone.e164]);
    expect(count).toBe(0);
  });

  it('answers a wrong password and an unknown number alike, and throttles guessing on a phone account', async () => {
    const phone = uniqueMobile();
    await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    const unknown = await domainErrorOf(auth.login({ phone: uniqueMobile().typed }, 'an-toan-2026', '203.0.113.7'));
    const wrong = await domainErrorOf(auth.login({ phone: phone.typed }, 'wrong-pass-1', '203.0.113.7'));
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'auth.wrongCredentials', message: unknown.message });
    // The throttle counts the number, not its spelling.
    for (let attempt = 0; attempt < 4; attempt += 1) await domainErrorOf(auth.login({ phone: attempt % 2 ? phone.e164 : phone.typed }, 'wrong-pass-1', '203.0.113.7'));
    await expect(domainErrorOf(auth.login({ phone: phone.e164.slice(1) }, 'an-toan-2026', '203.0.113.7'))).resolves.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(auth.login({ phone: phone.e164 }, 'an-toan-2026', '198.51.100.9')).resolves.toMatchObject({ user: { phone: phone.e164 } });
  });

  it('keeps a self-registered phone account unconfirmed: it is given no unit until its owner proves the number', async () => {
    const phone = uniqueMobile();
    const signedIn = await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    const unit = await createTestOrgUnit(db);
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const users = ctx.get(UserService);
    await expect(domainErrorOf(users.updateMembership(admin.actor, signedIn.user.id, { orgUnitId: unit.id }))).resolves.toMatchObject({ reason: 'account.emailNotConfirmed' });
    await db.query('UPDATE app_user SET phone_verified_at = now() WHERE id = $1', [signedIn.user.id]);
    await expect(users.updateMembership(admin.actor, signedIn.user.id, { orgUnitId: unit.id })).resolves.toMatchObject({ orgUnitId: unit.id });
  });
});
