import { getQueueToken } from '@nestjs/bullmq';
import { type ComplianceSnapshotJob, QUEUES } from '@hocso/contracts';
import { ComplianceSnapshotScheduler } from '@hocso/server-core';
import { createComplianceWorld, createTestingContext, type TestingContext, until } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../worker.module';

describe('daily compliance snapshots in the worker (BullMQ, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let queue: Queue<ComplianceSnapshotJob>;

  beforeAll(async () => {
    ctx = await createTestingContext([WorkerModule]);
    queue = ctx.get<Queue<ComplianceSnapshotJob>>(getQueueToken(QUEUES.complianceSnapshot));
  });
  afterAll(() => ctx.close());

  it('schedules the snapshot at the end of every Vietnamese day and takes one row per unit and day, once more without a second row', async () => {
    const db = ctx.dataSource;
    const world = await createComplianceWorld(db);
    await db.query(`INSERT INTO training_requirement (title, org_unit_id, audiences, hours, due_at) VALUES ('Giờ học', $1, '{OFFICIAL}', 2, now() + interval '1 day')`, [world.d1.id]);
    expect(await queue.getJobScheduler(ComplianceSnapshotScheduler.dailyId)).toMatchObject({ pattern: '0 55 23 * * *', tz: 'Asia/Ho_Chi_Minh' });
    await queue.add('take-snapshot', {});
    const rows = await until(
      async () => (await db.query('SELECT required, completed FROM compliance_snapshot WHERE org_unit_id = $1', [world.d1.id])) as Array<{ required: number; completed: number }>,
      (found: unknown[]) => found.length > 0,
      // A snapshot reads every unit of the shared test database, and another suite's worker may hold the job first.
      60_000,
    );
    expect(rows).toEqual([{ required: 3, completed: 0 }]);
    const job = await queue.add('take-snapshot', {});
    await until(async () => job.isCompleted(), (done: boolean) => done, 60_000);
    expect((await db.query('SELECT count(*)::int AS n FROM compliance_snapshot WHERE org_unit_id = $1', [world.d1.id]))[0].n).toBe(1);
  }, 150_000);
});
