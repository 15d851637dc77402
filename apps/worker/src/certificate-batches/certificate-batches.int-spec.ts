import { CertificateBatchService } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion, createTestingContext, createTestUser, type TestingContext, until } from '@hocso/server-core/testing';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../worker.module';
import { CertificateBatchReconciler } from './certificate-batch-reconciler.service';

describe('bulk certificate jobs in the worker (BullMQ on real Redis, PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;

  beforeAll(async () => {
    // The ordinary issuing job stays out of the way: the batch is what issues here.
    process.env['CERTIFICATE_RECONCILE_INTERVAL_MS'] = '3600000';
    ctx = await createTestingContext([WorkerModule]);
    db = ctx.dataSource;
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['CERTIFICATE_RECONCILE_INTERVAL_MS'];
  });

  it('runs a batch from the queue to COMPLETED, and the reconciler puts back a batch whose job was lost', async () => {
    const admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false })).actor;
    const course = await createTestCourseVersion(db);
    for (let i = 0; i < 3; i += 1) await completeTestCourse(db, (await createTestUser(db, { withPassword: false })).id, course);
    // Issued by the ordinary job meanwhile or by the batch: either way one certificate each.
    const batches = ctx.get(CertificateBatchService);
    const started = await batches.issueForCompletions(admin, course.courseId);
    const finished = await until(() => batches.get(admin, started.id), (batch) => batch.state === 'COMPLETED', 60_000);
    // Another suite's worker shares the queues and may have issued some before the batch counted what it had to do.
    expect(finished.failed).toBe(0);
    expect(finished.done).toBe(finished.total);
    expect(finished.total).toBeLessThanOrEqual(3);
    const rows = (await db.query(`SELECT enrollment_id, count(*)::int AS n FROM certificate WHERE course_id = $1 AND status = 'ACTIVE' GROUP BY enrollment_id`, [course.courseId])) as Array<{ n: number }>;
    expect(rows.map((row) => row.n)).toEqual([1, 1, 1]);

    // A batch left open with no job (Redis lost it): the reconciler enqueues it again and it completes.
    const [{ id: lost }] = (await db.query(
      `INSERT INTO certificate_batch (course_id, kind, reason, total, started_by_id, created_at) VALUES ($1, 'REISSUE', 'Sửa tên', 3, $2, now() - interval '2 minutes') RETURNING id`,
      [course.courseId, admin.userId],
    )) as Array<{ id: string }>;
    await db.query(`INSERT INTO certificate_batch_item (batch_id, target_id) SELECT $1, id FROM certificate WHERE course_id = $2 AND status = 'ACTIVE'`, [lost, course.courseId]);
    expect(await ctx.get(CertificateBatchReconciler).reconcile()).toBeGreaterThanOrEqual(1);
    const reissued = await until(() => batches.get(admin, lost), (batch) => batch.state === 'COMPLETED', 60_000);
    expect({ done: reissued.done, failed: reissued.failed }).toEqual({ done: 3, failed: 0 });
    expect(await db.query(`SELECT count(*)::int AS n FROM certificate WHERE course_id = $1 AND status = 'ACTIVE' AND issue_number = 2`, [course.courseId])).toEqual([{ n: 3 }]);
    // Two jobs of PDFs and signatures on a shared, busy machine: more than the suite's default minute.
  }, 180_000);
});
