import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES, type RequirementCoverageJob } from '@hocso/contracts';
import { RequirementCoverageScheduler, TrainingRequirementService, UserService } from '@hocso/server-core';
import { createComplianceWorld, createPublishedCourse, createTestingContext, createTestUser, type TestingContext, until } from '@hocso/server-core/testing';
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

  it('re-evaluates a person moved into the subtree, or given the audience, through the outbox, without waiting for the periodic run', async () => {
    const db = ctx.dataSource;
    const world = await createComplianceWorld(db);
    const courseId = await createPublishedCourse(db, 1);
    await ctx.get(TrainingRequirementService).create(world.admin, { title: 'Xã A', orgUnitId: world.c1.id, audiences: ['OFFICIAL'], courseId, dueAt: new Date(Date.now() + 86_400_000) });
    const assigned = (userId: string) => async () => (await db.query(`SELECT 1 FROM enrollment WHERE course_id = $1 AND user_id = $2 AND source = 'ASSIGNED'`, [courseId, userId])).length === 1;
    await until(assigned(world.people.a1), Boolean);
    const mover = (await createTestUser(db, { orgUnitId: world.d2.id, audience: 'OFFICIAL', withPassword: false })).id;
    const users = ctx.get(UserService);
    await users.updateMembership(world.admin, mover, { orgUnitId: world.c1.id });
    await users.updateMembership(world.admin, world.people.a3, { audience: 'OFFICIAL' });
    expect(await until(assigned(mover), Boolean)).toBe(true);
    expect(await until(assigned(world.people.a3), Boolean)).toBe(true);
    const rows = await db.query(`SELECT payload FROM outbox WHERE topic = 'people.placement-changed' AND aggregate_id = ANY ($1::uuid[])`, [[mover, world.people.a3]]);
    expect(rows).toHaveLength(2);
    // An update that changes nothing announces nothing.
    await users.updateMembership(world.admin, mover, { orgUnitId: world.c1.id });
    expect(await db.query(`SELECT 1 FROM outbox WHERE topic = 'people.placement-changed' AND aggregate_id = $1`, [mover])).toHaveLength(1);
  });
});
