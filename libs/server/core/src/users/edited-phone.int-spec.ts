import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES, type SmsJob } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuthModule } from '../auth/auth.module';
import { PasswordResetService } from '../auth/password-reset.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser, uniqueMobile } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AccountAdministrationService } from './account-administration.service';
import { UserAdministrationModule } from './user-administration.module';
import { UserService } from './user.service';

describe('A phone written by an administrator or unit manager (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let administration: AccountAdministrationService;
  let resets: PasswordResetService;
  let manager: Actor;
  let district: { id: string; path: string };

  beforeAll(async () => {
    ctx = await createTestingContext([UserAdministrationModule, AuthModule]);
    db = ctx.dataSource;
    administration = ctx.get(AccountAdministrationService);
    resets = ctx.get(PasswordResetService);
    district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    manager = (await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
  });
  afterAll(() => ctx.close());

  async function smsTo(phone: string): Promise<SmsJob[]> {
    const jobs = await ctx.get<Queue<SmsJob>>(getQueueToken(QUEUES.sms)).getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    return jobs.map((job) => job.data).filter((sms) => sms.to === phone);
  }
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
