import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES, type RequirementCoverageJob } from '@hocso/contracts';
import { RequirementCoverageScheduler, TrainingRequirementService } from '@hocso/server-core';
import { createComplianceWorld, createPublishedCourse, createTestingContext, type TestingContext, until } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../worker.module';

describe('requirement coverage in the worker (BullMQ, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let queue: Queue<RequirementCoverageJob>;

  beforeAll(async () => {
    ctx = await createTestingContext([WorkerModule]);
    queue = ctx.get<Queue<RequirementCoverageJob>>(getQueueToken(QUEUES.requirementCoverage));
  });
  afterAll(() => ctx.close());

  it('enrols the people a new requirement covers, and schedules the periodic re-evaluation of every requirement', async () => {
    const db = ctx.dataSource;
    const world = await createComplianceWorld(db);
    const courseId = await createPublishedCourse(db, 2);
    await ctx.get(TrainingRequirementService).create(world.admin, { title: 'Huyện Một', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], courseId, dueAt: new Date(Date.now() + 86_400_000) });
    const enrolled = await until(
      async () => (await db.query(`SELECT user_id FROM enrollment WHERE course_id = $1 AND source = 'ASSIGNED' ORDER BY user_id`, [courseId])).map((row: { user_id: string }) => row.user_id),
      (ids: string[]) => ids.length === 3,
    );
    expect(enrolled).toEqual([world.people.a1, world.people.a2, world.people.b1].sort());
    const scheduler = await queue.getJobScheduler(RequirementCoverageScheduler.periodicId);
    expect(scheduler).toMatchObject({ every: 600_000, template: { data: { requirementId: null } } });
  });
});
