import { getQueueToken } from '@nestjs/bullmq';
import { type CertificateJob, certificateIssueJobId, QUEUES } from '@hocso/contracts';
import { EnrollmentService } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion, createTestingContext, createTestUser, type TestingContext } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../worker.module';
import { CertificateReconciler } from './certificate-reconciler.service';

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('certificates in the worker (outbox relay, BullMQ and the reconciler, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let queue: Queue<CertificateJob>;

  beforeAll(async () => {
    process.env['OUTBOX_RELAY_INTERVAL_MS'] = '100';
    // The reconciler is called by hand below.
    process.env['CERTIFICATE_RECONCILE_INTERVAL_MS'] = '3600000';
    ctx = await createTestingContext([WorkerModule]);
    db = ctx.dataSource;
    queue = ctx.get<Queue<CertificateJob>>(getQueueToken(QUEUES.certificates));
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['OUTBOX_RELAY_INTERVAL_MS'];
    delete process.env['CERTIFICATE_RECONCILE_INTERVAL_MS'];
  });

  const completions = async (count: number) => {
    const course = await createTestCourseVersion(db);
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push(await completeTestCourse(db, (await createTestUser(db, { withPassword: false })).id, course));
    return ids;
  };
  const issued = (ids: string[]) =>
    db.query(`SELECT enrollment_id, count(*)::int AS n, bool_and(pdf_storage_key IS NOT NULL) AS pdf FROM certificate WHERE enrollment_id = ANY($1) GROUP BY enrollment_id`, [ids]) as Promise<
      Array<{ enrollment_id: string; n: number; pdf: boolean }>
    >;

  it('relays each completion from the outbox to its job, which issues the certificate with its PDF', async () => {
    const ids = await completions(5);
    const rows = await until(() => issued(ids), (found) => found.length === 5 && found.every((row) => row.pdf));
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const outbox = await db.query(`SELECT count(*)::int AS unpublished FROM outbox WHERE aggregate_id = ANY($1) AND published_at IS NULL`, [ids]);
    expect(outbox).toEqual([{ unpublished: 0 }]);
    const job = await queue.getJob(certificateIssueJobId(ids[0] as string));
    expect(await until(() => job?.getState() as Promise<string>, (state) => state === 'completed')).toBe('completed');
  });

  it('relays the completion of a course taken again to a job of its own, which issues the renewal its certificate', async () => {
    const course = await createTestCourseVersion(db);
    const learner = await createTestUser(db, { withPassword: false });
    const enrollmentId = await completeTestCourse(db, learner.id, course);
    await until(() => issued([enrollmentId]), (found) => found[0]?.n === 1 && found[0].pdf);
    await until(() => queue.getJob(certificateIssueJobId(enrollmentId)).then((job) => job?.getState()), (state) => state === 'completed');
    // The first job stays in Redis as completed: the renewal's must not be taken for it.
    const enrollments = new EnrollmentService(db);
    await enrollments.retake(learner.actor, course.courseId);
    await enrollments.completeLesson(learner.actor, course.lessonId);
    const rows = await until(() => issued([enrollmentId]), (found) => found[0]?.n === 2 && found[0].pdf);
    expect(rows).toEqual([{ enrollment_id: enrollmentId, n: 2, pdf: true }]);
    expect(await until(() => queue.getJob(certificateIssueJobId(enrollmentId, 2)).then((job) => job?.getState()), (state) => state === 'completed')).toBe('completed');
    expect(await db.query(`SELECT completion_number, status FROM certificate WHERE enrollment_id = $1 ORDER BY completion_number`, [enrollmentId])).toEqual([
      { completion_number: 1, status: 'ACTIVE' },
      { completion_number: 2, status: 'ACTIVE' },
    ]);
  });

  it('reconciles completions whose jobs were lost, and leaves the issued ones alone', async () => {
    const ids = await completions(3);
    await until(() => issued(ids), (found) => found.length === 3 && found.every((row) => row.pdf));
    // As if Redis had lost the jobs before they ran: the certificates are gone, the outbox rows published.
    await db.query('DELETE FROM certificate WHERE enrollment_id = ANY($1)', [ids]);
    for (const id of ids) await queue.remove(certificateIssueJobId(id));
    await db.query(`UPDATE enrollment SET completed_at = now() - interval '2 hours' WHERE id = ANY($1)`, [ids]);
    expect(await ctx.get(CertificateReconciler).reconcile()).toBeGreaterThanOrEqual(3);
    const rows = await until(() => issued(ids), (found) => found.length === 3 && found.every((row) => row.pdf));
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(await ctx.get(CertificateReconciler).reconcile()).toBe(0);
  });

  it('relays the review of an external certificate to one notification of its holder, in their language', async () => {
    const holder = await createTestUser(db, { withPassword: false });
    const externalCertificateId = '0b5a6c1e-7f7d-4d6f-9a51-2f3c1d9e8a01';
    const payload = { externalCertificateId, holderId: holder.id, approved: false, reason: 'Thiếu minh chứng' };
    // Written twice, as a retried transaction could: the holder is told once.
    for (let i = 0; i < 2; i += 1) {
      await db.query(`INSERT INTO outbox (topic, aggregate_id, payload) VALUES ('external-certificate.reviewed', $1, $2)`, [externalCertificateId, JSON.stringify(payload)]);
    }
    const rows = await until(
      () => db.query(`SELECT kind, params->>'reason' AS reason FROM notification WHERE user_id = $1`, [holder.id]) as Promise<Array<{ kind: string; reason: string }>>,
      (found) => found.length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await db.query(`SELECT kind, params->>'reason' AS reason FROM notification WHERE user_id = $1`, [holder.id])).toEqual([{ kind: 'external-certificate.rejected', reason: 'Thiếu minh chứng' }]);
    expect(rows[0]).toEqual({ kind: 'external-certificate.rejected', reason: 'Thiếu minh chứng' });
  });
});
