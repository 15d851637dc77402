import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { RequirementEnrolmentService, RequirementReminderScheduler, TrainingRequirementService } from '@hocso/server-core';
import { createComplianceWorld, createPublishedCourse, createTestingContext, type TestingContext, until } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../worker.module';
import { RequirementRemindersSchedule } from './requirement-reminders-schedule.service';

describe('training reminders in the worker (BullMQ, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let queue: Queue;

  beforeAll(async () => {
    ctx = await createTestingContext([WorkerModule]);
    queue = ctx.get<Queue>(getQueueToken(QUEUES.requirementReminders));
  });
  afterAll(() => ctx.close());

  it('schedules the hourly run, sends what is owed once, and sends nothing again after Redis lost every job', async () => {
    expect(await queue.getJobScheduler(RequirementReminderScheduler.periodicId)).toMatchObject({ every: 3_600_000 });
    const db = ctx.dataSource;
    const world = await createComplianceWorld(db);
    const courseId = await createPublishedCourse(db, 1);
    await ctx.get(TrainingRequirementService).create(world.admin, { title: 'Nhắc việc', orgUnitId: world.c2.id, courseId, dueAt: new Date(Date.now() + 30 * 86_400_000) });
    await ctx.get(RequirementEnrolmentService).evaluate(null);
    const digests = async () => (await db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND kind = 'requirement.reminders'`, [world.people.b1]))[0].n as number;

    await queue.add('send-reminders', {});
    expect(await until(digests, (n) => n === 1)).toBe(1);

    await queue.obliterate({ force: true });
    expect(await queue.getJobScheduler(RequirementReminderScheduler.periodicId)).toBeUndefined();
    await ctx.get(RequirementRemindersSchedule).onApplicationBootstrap();
    expect(await queue.getJobScheduler(RequirementReminderScheduler.periodicId)).toMatchObject({ every: 3_600_000 });
    const again = await queue.add('send-reminders', {});
    await until(async () => (await again.getState()) === 'completed', Boolean);
    expect(await digests()).toBe(1);
  });
});
