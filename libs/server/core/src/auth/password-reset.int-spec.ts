import { getQueueToken } from '@nestjs/bullmq';
import { type MailJob, QUEUES, type SmsJob } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser, TEST_PASSWORD, uniqueMobile } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';

describe('Forgotten passwords (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let auth: AuthService;
  let resets: PasswordResetService;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
    auth = ctx.get(AuthService);
    resets = ctx.get(PasswordResetService);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  async function smsTo(phone: string): Promise<SmsJob[]> {
    const jobs = await ctx.get<Queue<SmsJob>>(getQueueToken(QUEUES.sms)).getJobs(['waiting', 'delayed', 'active', 'completed']);
    return jobs.filter((job) => job.data.to === phone).map((job) => job.data);
  }
  async function newestCodeTo(phone: string): Promise<string> {
    const jobs = await ctx.get<Queue<SmsJob>>(getQueueToken(QUEUES.sms)).getJobs(['waiting', 'delayed', 'active', 'completed']);
    const mine = jobs.filter((job) => job.data.to === phone).sort((a, b) => b.timestamp - a.timestamp);
    return /\b(\d{6})\b/.exec(mine[0]?.data.text ?? '')?.[1] as string;
  }
  const ip = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it('sends a six-digit code by SMS, stored hashed, that sets the password once, proves the phone and ends every other session', async () => {
    const phone = uniqueMobile();
    const registered = await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    const laptop = await auth.login({ phone: phone.e164 }, 'an-toan-2026');
    await resets.request({ phone: phone.typed }, ip());
    const code = await newestCodeTo(phone.e164);
    expect(code).toMatch(/^\d{6}$/);
    const [stored] = await db.query('SELECT code_hash, round(extract(epoch FROM expires_at - created_at) / 60)::int AS ttl_minutes FROM one_time_code WHERE user_id = $1', [registered.user.id]);
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);
    // The expiry is taken by the service a moment after the row's created_at: minutes, rounded.
    expect(stored.ttl_minutes).toBe(15);

    const signedIn = await resets.setPasswordWithCode('PASSWORD_RESET', phone.e164.slice(1), code, 'mat-khau-moi-2026', ip());
    expect(signedIn.user.id).toBe(registered.user.id);
    await expect(domainErrorOf(auth.refresh(laptop.refreshToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(domainErrorOf(auth.actorFor(registered.accessToken))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(auth.actorFor(signedIn.accessToken)).resolves.toMatchObject({ userId: registered.user.id });
    await expect(auth.login({ phone: phone.typed }, 'mat-khau-moi-2026')).resolves.toMatchObject({ user: { id: registered.user.id } });
    const [{ phone_verified_at }] = await db.query('SELECT phone_verified_at FROM app_user WHERE id = $1', [registered.user.id]);
    expect(phone_verified_at).not.toBeNull();
    // Single use.
    await expect(domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', phone.typed, code, 'lai-mat-khau-2026', ip()))).resolves.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'auth.codeInvalid',
    });
  });

  it('answers an unknown phone or email exactly as a known one, and sends nothing for it', async () => {
    const nobody = uniqueMobile();
    await expect(resets.request({ phone: nobody.typed }, ip())).resolves.toBeUndefined();
    await expect(resets.request({ email: `nobody-${nobody.e164.slice(1)}@test.hocso.vn` }, ip())).resolves.toBeUndefined();
    await expect(smsTo(nobody.e164)).resolves.toEqual([]);
    const unknown = await domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', nobody.typed, '123456', 'mat-khau-moi-2026', ip()));
    expect(unknown).toMatchObject({ field: 'code', reason: 'auth.codeInvalid' });
  });

  it('voids a code after five wrong tries, and an earlier code when a newer one is sent', async () => {
    const phone = uniqueMobile();
    await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    await resets.request({ phone: phone.typed }, ip());
    const first = await newestCodeTo(phone.e164);
    await resets.request({ phone: phone.typed }, ip());
    const second = await newestCodeTo(phone.e164);
    if (first !== second) {
      await expect(domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', phone.typed, first, 'mat-khau-moi-2026', ip()))).resolves.toMatchObject({ reason: 'auth.codeInvalid' });
    }
    const wrong = second === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', phone.typed, wrong, 'mat-khau-moi-2026', ip()));
    }
    await expect(domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', phone.typed, second, 'mat-khau-moi-2026', ip()))).resolves.toMatchObject({
      reason: 'auth.codeInvalid',
    });
    await expect(auth.login({ phone: phone.typed }, 'an-toan-2026')).resolves.toBeDefined();
  });

  it('throttles code guesses from one address, and requests for one account', async () => {
    const phone = uniqueMobile();
    await auth.register({ fullName: 'Võ Thị Hoa', phone: phone.typed, password: 'an-toan-2026' });
    const guesser = ip();
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      outcomes.push((await domainErrorOf(resets.setPasswordWithCode('PASSWORD_RESET', phone.typed, String(100000 + attempt), 'mat-khau-moi-2026', guesser))).code);
    }
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(outcomes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    const requests: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      requests.push(await resets.request({ phone: phone.typed }, ip()).then(() => 'SENT', (error: { code: string }) => error.code));
    }
    expect(requests).toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'TOO_MANY_REQUESTS']);
  });

  it('mails a one-time link valid for an hour to an email account', async () => {
    const user = await createTestUser(db);
    await resets.request({ email: user.email.toUpperCase() }, ip());
    const jobs = await ctx.get<Queue<MailJob>>(getQueueToken(QUEUES.mail)).getJobs(['waiting', 'delayed', 'active', 'completed']);
    const mail = jobs.find((job) => job.data.to === user.email)?.data;
    expect(mail?.subject).toContain('HocSo: đặt lại mật khẩu');
    const token = /set-password\?token=([\w-]{43})/.exec(mail?.text ?? '')?.[1] as string;
    const [row] = await db.query('SELECT expires_at - created_at AS ttl FROM password_token WHERE user_id = $1', [user.id]);
    expect(row.ttl).toMatchObject({ hours: 1 });
    await expect(auth.setPasswordWithToken(token, 'mat-khau-moi-2026')).resolves.toMatchObject({ user: { id: user.id } });
    await expect(domainErrorOf(auth.setPasswordWithToken(token, 'lai-mat-khau-2026'))).resolves.toMatchObject({ reason: 'auth.linkExpired' });
    await expect(domainErrorOf(auth.login({ email: user.email }, TEST_PASSWORD))).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets an administrator, and a unit manager for their subtree only, send a person a reset', async () => {
    const unit = await createTestOrgUnit(db);
    const elsewhere = await createTestOrgUnit(db);
    const manager = await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: unit.id }] });
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const official = await createTestUser(db, { orgUnitId: unit.id, audience: 'OFFICIAL' });
    const phoneOnly = uniqueMobile();
    const [{ id: phoneOfficial }] = await db.query(`INSERT INTO app_user (full_name, phone, audience, org_unit_id) VALUES ('Lê Văn Tổ', $1, 'OFFICIAL', $2) RETURNING id`, [phoneOnly.e164, unit.id]);
    const outsider = await createTestUser(db, { orgUnitId: elsewhere.id });
    const learner = await createTestUser(db, { orgUnitId: unit.id });

    await expect(resets.sendFor(manager.actor, official.id)).resolves.toBe('EMAIL');
    await expect(resets.sendFor(manager.actor, phoneOfficial)).resolves.toBe('SMS');
    expect(await newestCodeTo(phoneOnly.e164)).toMatch(/^\d{6}$/);
    await expect(resets.sendFor(admin.actor, outsider.id)).resolves.toBe('EMAIL');
    await expect(domainErrorOf(resets.sendFor(manager.actor, outsider.id))).resolves.toMatchObject({ code: 'FORBIDDEN' });
    await expect(domainErrorOf(resets.sendFor(learner.actor, official.id))).resolves.toMatchObject({ code: 'FORBIDDEN' });
  });
});
