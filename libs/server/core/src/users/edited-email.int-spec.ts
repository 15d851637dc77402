import { randomUUID } from 'node:crypto';
import { type MailJob, QUEUES } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AuthService } from '../auth/auth.service';
import { EmailConfirmationService } from '../auth/email-confirmation.service';
import type { PasswordResetService } from '../auth/password-reset.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser, TEST_PASSWORD } from '../test-support/fixtures';
import type { TestingContext } from '../test-support/testing-context';
import type { AccountAdministrationService } from './account-administration.service';
import { heldWithoutConfirmedEmail } from './unconfirmed-holder';
import { type ContactEditingWorld, createContactEditingWorld } from './test-support/contact-editing-world';
import { UserService } from './user.service';

describe('An email written by an administrator or unit manager (PostgreSQL + Redis)', () => {
  let world: ContactEditingWorld;
  let ctx: TestingContext;
  let db: DataSource;
  let administration: AccountAdministrationService;
  let auth: AuthService;
  let resets: PasswordResetService;
  let manager: Actor;
  let district: { id: string; path: string };

  beforeAll(async () => {
    world = await createContactEditingWorld();
    ({ ctx, db, administration, auth, resets, manager, district } = world);
  });
  afterAll(() => ctx.close());

  const address = (label: string) => `${label}-${randomUUID()}@test.hocso.vn`;
  const mailsTo = (to: string) => world.queuedJobs<MailJob>(QUEUES.mail, (mail) => mail.to === to);
  const tokenIn = (mail: MailJob | undefined, path: string) => new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail?.text ?? '')?.[1];
  const stateOf = async (userId: string) =>
    ((await db.query('SELECT email, email_verified_at, email_changed_at FROM app_user WHERE id = $1', [userId])) as Array<{ email: string; email_verified_at: Date | null; email_changed_at: Date | null }>)[0];

  it('leaves the new address unconfirmed, mails it a confirmation link and the old address a notice', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    const managersMailbox = address('manager-own');
    await administration.updateDetails(manager, official.id, { email: managersMailbox });

    const state = await stateOf(official.id);
    expect(state).toMatchObject({ email: managersMailbox, email_verified_at: null });
    expect(state.email_changed_at).not.toBeNull();
    const toNew = await mailsTo(managersMailbox);
    expect(toNew).toHaveLength(1);
    expect(tokenIn(toNew[0], 'confirm-email')).toBeDefined();
    expect(tokenIn(toNew[0], 'set-password')).toBeUndefined();
    const toOld = await mailsTo(official.email);
    expect(toOld).toHaveLength(1);
    expect(toOld[0].text).toContain(managersMailbox);
  });

  it('closes the takeover: no reset reaches the new address, whoever asks, until the holder confirms it', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    const managersMailbox = address('takeover');
    await administration.updateDetails(manager, official.id, { email: managersMailbox });

    await expect(resets.request({ email: managersMailbox }, '198.51.100.7')).resolves.toBeUndefined();
    await expect(domainErrorOf(resets.sendFor(manager, official.id))).resolves.toMatchObject({ code: 'CONFLICT', reason: 'account.emailAwaitsConfirmation' });
    const mails = await mailsTo(managersMailbox);
    expect(mails.map((mail) => tokenIn(mail, 'set-password')).filter(Boolean)).toEqual([]);
    const [{ tokens }] = await db.query('SELECT count(*)::int AS tokens FROM password_token WHERE user_id = $1 AND used_at IS NULL', [official.id]);
    expect(tokens).toBe(0);
    // Whoever reads the new mailbox cannot confirm it for the holder either: confirming needs the holder's session.
    const confirmation = tokenIn(mails[0], 'confirm-email') as string;
    await expect(domainErrorOf(ctx.get(EmailConfirmationService).confirm(manager, confirmation))).resolves.toMatchObject({ code: 'FORBIDDEN' });
    expect((await stateOf(official.id)).email_verified_at).toBeNull();
  });

  it('keeps the holder signing in with their password, and lets them confirm the address, after which resets reach it', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    const newAddress = address('new-address');
    await administration.updateDetails(manager, official.id, { email: newAddress });

    const signedIn = await auth.login({ email: newAddress }, TEST_PASSWORD);
    expect(signedIn.user.id).toBe(official.id);
    const holder = await auth.actorFor(signedIn.accessToken);
    await ctx.get(EmailConfirmationService).confirm(holder, tokenIn((await mailsTo(newAddress))[0], 'confirm-email') as string);
    expect(await stateOf(official.id)).toMatchObject({ email_changed_at: null });
    expect((await stateOf(official.id)).email_verified_at).not.toBeNull();

    await expect(resets.sendFor(manager, official.id)).resolves.toBe('EMAIL');
    expect((await mailsTo(newAddress)).map((mail) => tokenIn(mail, 'set-password')).filter(Boolean)).toHaveLength(1);
  });

  it('ends the set-password links sent before the change, which would confirm the new address', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    await resets.sendFor(manager, official.id);
    const earlier = tokenIn((await mailsTo(official.email)).at(-1), 'set-password') as string;
    await administration.updateDetails(manager, official.id, { email: address('after-reset') });
    await expect(domainErrorOf(auth.setPasswordWithToken(earlier, 'mat-khau-moi-2026'))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'auth.linkExpired' });
  });

  it('sends an account nobody holds yet its set-password link at the corrected address', async () => {
    const onboarded = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL', withPassword: false, emailVerified: false });
    const corrected = address('corrected');
    await administration.updateDetails(manager, onboarded.id, { email: corrected });
    const token = tokenIn((await mailsTo(corrected))[0], 'set-password') as string;
    expect(token).toBeDefined();
    const signedIn = await auth.setPasswordWithToken(token, 'mat-khau-moi-2026');
    expect(signedIn.user.id).toBe(onboarded.id);
    expect((await stateOf(onboarded.id)).email_verified_at).not.toBeNull();
  });

  it('never treats the edited account as an unconfirmed self-registration, which onboarding would hand to the new mailbox', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    await administration.updateDetails(manager, official.id, { email: address('not-a-sign-up') });
    const [{ claimable }] = await db.query(`SELECT ${heldWithoutConfirmedEmail('u')} AS claimable FROM app_user u WHERE u.id = $1`, [official.id]);
    expect(claimable).toBe(false);
    await expect(ctx.get(UserService).updateMembership(manager, official.id, { audience: 'LEADER' })).resolves.toMatchObject({ audience: 'LEADER' });
  });

  it('changes nothing about confirmation when the address stays the same', async () => {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    await administration.updateDetails(manager, official.id, { email: official.email.toUpperCase(), fullName: 'Trần Văn Mới' });
    expect((await stateOf(official.id)).email_verified_at).not.toBeNull();
    await expect(mailsTo(official.email)).resolves.toEqual([]);
  });
});
