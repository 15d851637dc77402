import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { LiveSessionRegistrationService, LiveSessionReminderScheduler, LiveSessionService } from '@hocso/server-core';
import { createTestingContext, createTestUser, liveSessionTestCommand, type TestingContext, until } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../worker.module';
import { LiveSessionRemindersSchedule } from './live-session-reminders-schedule.service';

const HOUR = 3_600_000;

describe('reminders before live sessions in the worker (BullMQ, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let queue: Queue;

  beforeAll(async () => {
    ctx = await createTestingContext([WorkerModule]);
    queue = ctx.get<Queue>(getQueueToken(QUEUES.liveSessionReminders));
  });
  afterAll(() => ctx.close());

  it('schedules the run every five minutes, sends what is owed once, and sends nothing again after Redis lost every job', async () => {
    expect(await queue.getJobScheduler(LiveSessionReminderScheduler.periodicId)).toMatchObject({ every: 300_000 });
    const db = ctx.dataSource;
    const trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    const registrant = await createTestUser(db, { withPassword: false });
    const startsAt = new Date(Date.now() + 20 * HOUR);
    const { session } = await ctx.get(LiveSessionService).create(trainer, liveSessionTestCommand({ startsAt, endsAt: new Date(startsAt.getTime() + HOUR) }));
    await ctx.get(LiveSessionRegistrationService).register(registrant.actor, session.id);
    // Registered two days ago: the day-before reminder is owed now.
    await db.query(`UPDATE live_session_registration SET registered_at = now() - interval '2 days' WHERE session_id = $1`, [session.id]);
    const told = async () => (await db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND kind = 'live-session.reminder-day'`, [registrant.id]))[0].n as number;

    await queue.add('send-session-reminders', {});
    expect(await until(told, (n) => n === 1)).toBe(1);

    await queue.obliterate({ force: true });
    expect(await queue.getJobScheduler(LiveSessionReminderScheduler.periodicId)).toBeUndefined();
    await ctx.get(LiveSessionRemindersSchedule).onApplicationBootstrap();
    expect(await queue.getJobScheduler(LiveSessionReminderScheduler.periodicId)).toMatchObject({ every: 300_000 });
    const again = await queue.add('send-session-reminders', {});
    await until(async () => (await again.getState()) === 'completed', Boolean);
    expect(await told()).toBe(1);
  });
});
