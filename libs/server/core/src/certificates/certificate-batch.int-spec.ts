import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { StorageModule } from '../storage/storage.module';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CertificateBatchRunner } from './certificate-batch-runner.service';
import { CertificateBatchService } from './certificate-batch.service';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificatesModule } from './certificates.module';
import { CourseCertificateReadService } from './course-certificate-read.service';
import { createTestCourseVersion, type TestCourseVersion } from './test-support/certificate-fixtures';

describe("a course's bulk certificate jobs (real PostgreSQL, Redis and storage)", () => {
  let ctx: TestingContext;
  let db: DataSource;
  let batches: CertificateBatchService;
  let runner: CertificateBatchRunner;
  let issuing: CertificateIssuingService;
  let storageDir: string;
  let admin: Actor;

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(tmpdir(), 'hocso-certificate-batches-'));
    process.env['STORAGE_DIR'] = storageDir;
    ctx = await createTestingContext([CertificatesModule, StorageModule]);
    db = ctx.dataSource;
    batches = ctx.get(CertificateBatchService);
    runner = ctx.get(CertificateBatchRunner);
    issuing = ctx.get(CertificateIssuingService);
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false })).actor;
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['STORAGE_DIR'];
    rmSync(storageDir, { recursive: true, force: true });
  });

  const courseWithCompletions = async (count: number) => {
    const course = await createTestCourseVersion(db, { title: 'Kỹ năng số cho cán bộ xã' });
    const enrollmentIds: string[] = [];
    // Completions from before certificates were issued (what the bulk job is for): no outbox row, so no worker of
    // another suite issues them first.
    for (let i = 0; i < count; i += 1) {
      const { id: userId } = await createTestUser(db, { fullName: `Trần Văn ${i}`, withPassword: false });
      const [{ id }] = (await db.query(
        `INSERT INTO enrollment (user_id, course_id, course_version_id, status, completed_lesson_ids, progress, completed_at)
         VALUES ($1, $2, $3, 'COMPLETED', ARRAY[$4]::uuid[], 1, now()) RETURNING id`,
        [userId, course.courseId, course.courseVersionId, course.lessonId],
      )) as Array<{ id: string }>;
      enrollmentIds.push(id);
    }
    return { course, enrollmentIds };
  };
  const perEnrollment = (course: TestCourseVersion) =>
    db.query(
      `SELECT enrollment_id, count(*)::int AS issues, count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, bool_and(pdf_storage_key IS NOT NULL) AS pdf
         FROM certificate WHERE course_id = $1 GROUP BY enrollment_id`,
      [course.courseId],
    ) as Promise<Array<{ enrollment_id: string; issues: number; active: number; pdf: boolean }>>;
  const progressOf = async (id: string) => {
    const batch = await batches.get(admin, id);
    return { state: batch.state, total: batch.total, done: batch.done, failed: batch.failed };
  };

  it('issues for every completion without a certificate, once, and a re-run after a kill finishes only what is missing', async () => {
    const { course, enrollmentIds } = await courseWithCompletions(6);
    // Already issued by the ordinary job: not part of the batch.
    await issuing.issueForEnrollment(enrollmentIds[0] as string);
    const batch = await batches.issueForCompletions(admin, course.courseId);
    expect({ state: batch.state, total: batch.total, done: batch.done, startedById: batch.startedById }).toEqual({ state: 'QUEUED', total: 5, done: 0, startedById: admin.userId });
    // A run killed after issuing two certificates, before it marked them: the items are still pending.
    await issuing.issueForEnrollment(enrollmentIds[1] as string);
    await issuing.issueForEnrollment(enrollmentIds[2] as string);
    // Two runs at once (the job retried while the first still runs) count each target once.
    await Promise.all([runner.run(batch.id), runner.run(batch.id)]);
    expect(await progressOf(batch.id)).toEqual({ state: 'COMPLETED', total: 5, done: 5, failed: 0 });
    const rows = await perEnrollment(course);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.issues === 1 && row.active === 1 && row.pdf)).toBe(true);
    // A finished batch run again changes nothing; a new batch finds nothing to do.
    await runner.run(batch.id);
    expect(await progressOf(batch.id)).toEqual({ state: 'COMPLETED', total: 5, done: 5, failed: 0 });
    const empty = await batches.issueForCompletions(admin, course.courseId);
    await runner.run(empty.id);
    expect(await progressOf(empty.id)).toEqual({ state: 'COMPLETED', total: 0, done: 0, failed: 0 });
  });

  it('reissues every ACTIVE certificate of the course with a new linked serial, revoked "reissued", never two ACTIVE per enrollment', async () => {
    const { course, enrollmentIds } = await courseWithCompletions(4);
    for (const id of enrollmentIds) await issuing.issueForEnrollment(id);
    const before = (await db.query(`SELECT id, enrollment_id FROM certificate WHERE course_id = $1`, [course.courseId])) as Array<{ id: string; enrollment_id: string }>;
    const batch = await batches.reissueAll(admin, course.courseId, '  Sửa tên khóa học  ');
    expect(batch.total).toBe(4);
    // A run killed after reissuing one certificate, before marking it.
    await ctx.get(CertificateRevocationService).reissueOnBehalfOf(admin.userId, before[0]?.id as string, 'Sửa tên khóa học');
    await runner.run(batch.id);
    expect(await progressOf(batch.id)).toEqual({ state: 'COMPLETED', total: 4, done: 4, failed: 0 });
    const rows = (await db.query(
      `SELECT o.status, o.revoked_reason, n.status AS new_status, n.issue_number, n.reissue_reason, n.serial <> o.serial AS new_serial
         FROM certificate o JOIN certificate n ON n.replaces_certificate_id = o.id WHERE o.id = ANY($1)`,
      [before.map((row) => row.id)],
    )) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toEqual({ status: 'REVOKED', revoked_reason: 'reissued', new_status: 'ACTIVE', issue_number: 2, reissue_reason: 'Sửa tên khóa học', new_serial: true });
    expect((await perEnrollment(course)).every((row) => row.active === 1 && row.issues === 2)).toBe(true);
  });

  it('allows one open batch per course: a second start is a CONFLICT naming the running one', async () => {
    const { course } = await courseWithCompletions(1);
    const first = await batches.issueForCompletions(admin, course.courseId);
    const starts = await Promise.allSettled([batches.reissueAll(admin, course.courseId, 'Sửa'), batches.issueForCompletions(admin, course.courseId)]);
    expect(starts.map((start) => start.status)).toEqual(['rejected', 'rejected']);
    const refusal = await domainErrorOf(batches.issueForCompletions(admin, course.courseId));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.messageIn('vi')).toContain(first.id);
    expect(refusal.messageIn('vi')).toContain('cấp cho các lượt hoàn thành');
    expect(refusal.messageIn('en')).toContain('A certificate job is already running for this course (issuing for completions');
    await runner.run(first.id);
    await expect(batches.reissueAll(admin, course.courseId, 'Sửa')).resolves.toMatchObject({ kind: 'REISSUE', state: 'QUEUED' });
  });

  it("is for administrators and the course's trainers only, checked before anything is written", async () => {
    const { course } = await courseWithCompletions(1);
    const author = await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false });
    await db.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [course.courseId, author.id]);
    const otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    const learner = (await createTestUser(db, { withPassword: false })).actor;
    for (const actor of [otherTrainer, learner]) {
      expect((await domainErrorOf(batches.issueForCompletions(actor, course.courseId))).code).toBe('FORBIDDEN');
      expect((await domainErrorOf(batches.ofCourse(actor, course.courseId))).code).toBe('FORBIDDEN');
      expect((await domainErrorOf(ctx.get(CourseCertificateReadService).page(actor, course.courseId, {}))).code).toBe('FORBIDDEN');
    }
    expect(await db.query('SELECT count(*)::int AS n FROM certificate_batch WHERE course_id = $1', [course.courseId])).toEqual([{ n: 0 }]);
    const started = await batches.issueForCompletions(author.actor, course.courseId);
    expect((await domainErrorOf(batches.get(otherTrainer, started.id))).code).toBe('FORBIDDEN');
    await runner.run(started.id);
    expect((await batches.ofCourse(author.actor, course.courseId)).map((batch) => batch.state)).toEqual(['COMPLETED']);
    expect((await domainErrorOf(batches.reissueAll(author.actor, course.courseId, '   '))).code).toBe('BAD_USER_INPUT');
    expect((await domainErrorOf(batches.issueForCompletions(admin, '00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
  });

  it("pages a course's certificates, newest serial first", async () => {
    const { course, enrollmentIds } = await courseWithCompletions(5);
    for (const id of enrollmentIds) await issuing.issueForEnrollment(id);
    const reads = ctx.get(CourseCertificateReadService);
    const first = await reads.page(admin, course.courseId, { first: 3 });
    expect({ count: first.items.length, total: first.totalCount, more: first.hasNextPage }).toEqual({ count: 3, total: 5, more: true });
    const second = await reads.page(admin, course.courseId, { first: 3, after: first.cursors.at(-1) });
    expect({ count: second.items.length, more: second.hasNextPage }).toEqual({ count: 2, more: false });
    const serials = [...first.items, ...second.items].map((certificate) => certificate.serial);
    expect(serials).toEqual([...serials].sort().reverse());
    expect((await domainErrorOf(reads.page(admin, course.courseId, { after: 'not-a-cursor' }))).code).toBe('BAD_USER_INPUT');
  });
});
