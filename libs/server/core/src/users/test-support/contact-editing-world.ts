import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { AuthModule } from '../../auth/auth.module';
import { AuthService } from '../../auth/auth.service';
import { PasswordResetService } from '../../auth/password-reset.service';
import { createTestOrgUnit, createTestUser } from '../../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { AccountAdministrationService } from '../account-administration.service';
import { UserAdministrationModule } from '../user-administration.module';

/** A district with its unit manager, and the services that edit its people's email or phone and send resets. */
export interface ContactEditingWorld {
  ctx: TestingContext;
  db: DataSource;
  administration: AccountAdministrationService;
  auth: AuthService;
  resets: PasswordResetService;
  manager: Actor;
  district: { id: string; path: string };
  /** Every job of the queue, whatever its state, whose data `matches`. */
  queuedJobs<T>(queue: string, matches: (data: T) => boolean): Promise<T[]>;
}

export async function createContactEditingWorld(): Promise<ContactEditingWorld> {
  const ctx = await createTestingContext([UserAdministrationModule, AuthModule]);
  const db = ctx.dataSource;
  const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
  const manager = (await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
  return {
    ctx,
    db,
    administration: ctx.get(AccountAdministrationService),
    auth: ctx.get(AuthService),
    resets: ctx.get(PasswordResetService),
    manager,
    district,
    async queuedJobs<T>(queue: string, matches: (data: T) => boolean): Promise<T[]> {
      const jobs = await ctx.get<Queue<T>>(getQueueToken(queue)).getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
      return jobs.map((job) => job.data).filter(matches);
    },
  };
}
