import { QUEUES, type SmsJob } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { PasswordResetService } from '../auth/password-reset.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser, uniqueMobile } from '../test-support/fixtures';
import type { TestingContext } from '../test-support/testing-context';
import type { AccountAdministrationService } from './account-administration.service';
import { type ContactEditingWorld, createContactEditingWorld } from './test-support/contact-editing-world';
import { UserService } from './user.service';

describe('A phone written by an administrator or unit manager (PostgreSQL + Redis)', () => {
  let world: ContactEditingWorld;
  let ctx: TestingContext;
  let db: DataSource;
  let administration: AccountAdministrationService;
  let resets: PasswordResetService;
  let manager: Actor;
  let district: { id: string; path: string };

  beforeAll(async () => {
    world = await createContactEditingWorld();
    ({ ctx, db, administration, resets, manager, district } = world);
  });
  afterAll(() => ctx.close());

  const smsTo = (phone: string) => world.queuedJobs<SmsJob>(QUEUES.sms, (sms) => sms.to === phone);
  const stateOf = async (userId: string) =>
    ((await db.query('SELECT phone, phone_verified_at, phone_changed_at FROM app_user WHERE id = $1', [userId])) as Array<{
      phone: string | null;
      phone_verified_at: Date | null;
      phone_changed_at: Date | null;
    }>)[0]!;
  /** An official who holds a password and whose only working channel is their phone (their email awaits its holder). */
  async function officialWithPhoneOnly(): Promise<{ id: string; actor: Actor }> {
    const official = await createTestUser(db, { orgUnitId: district.id, audience: 'OFFICIAL' });
    await db.query(`UPDATE app_user SET email_changed_at = now(), email_verified_at = NULL WHERE id = $1`, [official.id]);
    return official;
  }

  it('sends no reset code to a number a unit manager wrote on a held account, by the forgotten-password page or by the manager', async () => {
    const official = await officialWithPhoneOnly();
    const managersPhone = uniqueMobile();
    await administration.updateDetails(manager, official.id, { phone: managersPhone.typed });
    const state = await stateOf(official.id);
    expect(state).toMatchObject({ phone: managersPhone.e164, phone_verified_at: null });
    expect(state.phone_changed_at).not.toBeNull();

    await resets.request({ phone: managersPhone.typed });
    await expect(domainErrorOf(resets.sendFor(manager, official.id))).resolves.toMatchObject({ code: 'CONFLICT', reason: 'account.phoneAwaitsHolder' });
    await expect(smsTo(managersPhone.e164)).resolves.toHaveLength(0);
  });

  it('sends codes again once the holder writes the number themselves', async () => {
    const official = await officialWithPhoneOnly();
    const phone = uniqueMobile();
    await administration.updateDetails(manager, official.id, { phone: phone.typed });
    await ctx.get(UserService).updateProfile(official.actor, { phone: phone.typed });
    // The same number: nothing changed, so it still awaits them.
    expect((await stateOf(official.id)).phone_changed_at).not.toBeNull();

    const own = uniqueMobile();
    await ctx.get(UserService).updateProfile(official.actor, { phone: own.typed });
    expect((await stateOf(official.id)).phone_changed_at).toBeNull();
    await resets.request({ phone: own.typed });
    await expect(smsTo(own.e164)).resolves.toHaveLength(1);
    await expect(resets.sendFor(manager, official.id)).resolves.toBe('SMS');
  });
});
