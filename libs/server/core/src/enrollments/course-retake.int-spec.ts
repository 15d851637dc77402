import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { CertificateIssuingService } from '../certificates/certificate-issuing.service';
import { CertificateReadService } from '../certificates/certificate-read.service';
import { CertificateReconciliationService } from '../certificates/certificate-reconciliation.service';
import { CertificateRevocationService } from '../certificates/certificate-revocation.service';
import { CertificatesModule } from '../certificates/certificates.module';
import { createTestCourseVersion, type TestCourseVersion } from '../certificates/test-support/certificate-fixtures';
import { ComplianceModule } from '../compliance/compliance.module';
import { ComplianceReportService } from '../compliance/compliance-report.service';
import { MyTrainingRequirementsService } from '../compliance/my-training-requirements.service';
import { RequirementEnrolmentService } from '../compliance/requirement-enrolment.service';
import { RequirementStatusRefresher } from '../compliance/requirement-status-refresher';
import { createComplianceWorld, type ComplianceWorld } from '../compliance/test-support/compliance-world';
import { TrainingRequirementService } from '../compliance/training-requirement.service';
import { StorageModule } from '../storage/storage.module';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { EnrollmentService } from './enrollment.service';
import { EnrollmentsModule } from './enrollments.module';

const MONTH_MS = 30 * 86_400_000;

describe('taking a completed course again (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let enrollments: EnrollmentService;
  let world: ComplianceWorld;
  let course: TestCourseVersion;
  let requirementId: string;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(tmpdir(), 'hocso-retake-'));
    process.env['STORAGE_DIR'] = storageDir;
    ctx = await createTestingContext([EnrollmentsModule, ComplianceModule, CertificatesModule, StorageModule]);
    db = ctx.dataSource;
    enrollments = ctx.get(EnrollmentService);
    world = await createComplianceWorld(db);
    course = await createTestCourseVersion(db, { title: 'An toàn thông tin hằng năm', hours: 4 });
    // Commune C1's officials (a1, a2) must complete the course every 12 months, renewing in the 30 days before expiry.
    requirementId = (
      await ctx.get(TrainingRequirementService).create(world.admin, {
        title: 'An toàn thông tin hằng năm',
        orgUnitId: world.c1.id,
        audiences: ['OFFICIAL'],
        courseId: course.courseId,
        dueAt: new Date(Date.now() + 2 * MONTH_MS),
        recurrenceMonths: 12,
        renewalWindowDays: 30,
      })
    ).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(requirementId);
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['STORAGE_DIR'];
    rmSync(storageDir, { recursive: true, force: true });
  });

  const actorOf = (userId: string): Actor => ({ userId, grants: [] });
  const enrollmentOf = async (userId: string) => (await enrollments.ofUserInCourses(userId, [course.courseId])).get(course.courseId);
  /** Completes the course through the learner's path, then moves the completion that many months and days back in time. */
  const completedAgo = async (userId: string, months: number, days = 0) => {
    await enrollments.completeLesson(actorOf(userId), course.lessonId);
    await db.query(`UPDATE enrollment SET completed_at = now() - make_interval(months => $2, days => $3) WHERE user_id = $1 AND course_id = $4`, [userId, months, days, course.courseId]);
    return (await enrollmentOf(userId))?.completedAt as Date;
  };
  /** Where the person stands as their home page, the drill down's SQL and the unit's report each say it. */
  const standing = async (userId: string) => {
    const mine = (await ctx.get(MyTrainingRequirementsService).list(actorOf(userId))).find((item) => item.requirementId === requirementId);
    const report = await ctx.get(ComplianceReportService).report(world.admin, requirementId, world.c1.id);
    return { state: mine?.state, completedAt: mine?.completedAt, expiresAt: mine?.expiresAt, dueForRenewal: mine?.dueForRenewal, unitCompleted: report.total.completed };
  };

  it('keeps the earlier completion counting while the retake runs, and renews the requirement when it completes', async () => {
    const a1 = world.people.a1;
    // Eleven months and twenty days ago: the yearly completion expires in ten days, inside its 30-day window.
    const first = await completedAgo(a1, 11, 20);
    const before = await standing(a1);
    expect(before).toMatchObject({ state: 'COMPLETED', dueForRenewal: true, unitCompleted: 1 });
    expect(before.completedAt?.getTime()).toBe(first.getTime());

    // A new version was published since: the retake moves the learner to it, with no lesson done.
    const [{ id: v2 }] = (await db.query(
      `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 2, '{"modules":[]}', $2, $2) RETURNING id`,
      [course.courseId, [course.lessonId]],
    )) as Array<{ id: string }>;
    await db.query('UPDATE course SET live_version_id = $2 WHERE id = $1', [course.courseId, v2]);
    const retaking = await enrollments.retake(actorOf(a1), course.courseId);
    expect(retaking).toMatchObject({ status: 'COMPLETED', courseVersionId: v2, completedLessonIds: [], progress: 0, completionNumber: 1 });
    expect(retaking.completedAt?.getTime()).toBe(first.getTime());
    expect(retaking.retakeStartedAt).toBeInstanceOf(Date);
    expect(await standing(a1)).toEqual(before);
    await ctx.get(RequirementStatusRefresher).refreshStale();
    expect(await standing(a1)).toEqual(before);

    const renewed = await enrollments.completeLesson(actorOf(a1), course.lessonId);
    expect(renewed).toMatchObject({ status: 'COMPLETED', retakeStartedAt: null, completionNumber: 2, progress: 1 });
    const after = await standing(a1);
    expect(after).toMatchObject({ state: 'COMPLETED', dueForRenewal: false, unitCompleted: 1 });
    expect(after.completedAt?.getTime()).toBe(renewed.completedAt?.getTime());
    expect(after.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 11 * MONTH_MS);
    await ctx.get(RequirementStatusRefresher).refreshStale();
    expect(await standing(a1)).toEqual(after);

    // The history keeps both completions, each of its version; the audit trail records the renewal.
    expect((await enrollments.completionsOf([renewed.id])).get(renewed.id)?.map((entry) => [entry.completionNumber, entry.completedAt.getTime(), entry.courseVersion])).toEqual([
      [1, first.getTime(), 1],
      [2, renewed.completedAt?.getTime(), 2],
    ]);
    const audit = (await db.query(`SELECT action, before, after FROM requirement_audit WHERE requirement_id = $1 AND user_id = $2 ORDER BY id`, [requirementId, a1])) as Array<{
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown>;
    }>;
    expect(audit.map((entry) => entry.action)).toEqual(['COMPLETION_RECORDED', 'RENEWAL_RECORDED']);
    expect(audit[1]).toMatchObject({ before: { completionNumber: 1, enrollmentId: renewed.id }, after: { completionNumber: 2, completedAt: renewed.completedAt?.toISOString() } });
    const outbox = (await db.query(`SELECT payload FROM outbox WHERE topic = 'enrollment.completed' AND aggregate_id = $1 ORDER BY id`, [renewed.id])) as Array<{ payload: { completionNumber: number } }>;
    expect(outbox.map((row) => row.payload.completionNumber)).toEqual([1, 2]);
  });

  it('lets an expired completion be renewed: overdue during the retake, met again once it completes', async () => {
    const a2 = world.people.a2;
    await completedAgo(a2, 13);
    expect(await standing(a2)).toMatchObject({ state: 'OVERDUE', expiresAt: null });
    await enrollments.retake(actorOf(a2), course.courseId);
    expect((await standing(a2)).state).toBe('OVERDUE');
    await enrollments.completeLesson(actorOf(a2), course.lessonId);
    expect(await standing(a2)).toMatchObject({ state: 'COMPLETED', dueForRenewal: false });
  });

  it('issues a certificate for the new completion and keeps the earlier one valid, once each however often the job runs', async () => {
    const learner = world.learner;
    const issuing = ctx.get(CertificateIssuingService);
    await enrollments.enroll(learner, course.courseId);
    const completed = await enrollments.completeLesson(learner, course.lessonId);
    await issuing.issueForEnrollment(completed.id);
    const [{ id: v3 }] = (await db.query(
      `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 3, '{"modules":[]}', $2, $2) RETURNING id`,
      [course.courseId, [course.lessonId]],
    )) as Array<{ id: string }>;
    await db.query('UPDATE course SET live_version_id = $2 WHERE id = $1', [course.courseId, v3]);
    await enrollments.retake(learner, course.courseId);
    // While the retake runs the enrollment's certificate is the earlier completion's, and nothing more is owed.
    expect((await issuing.issueForEnrollment(completed.id)).created).toBe(false);
    expect((await ctx.get(CertificateReadService).currentOfEnrollments([completed.id])).get(completed.id)?.completionNumber).toBe(1);

    await enrollments.completeLesson(learner, course.lessonId);
    const reconciler = ctx.get(CertificateReconciliationService);
    const outcomes = await Promise.all([1, 2, 3].map(() => issuing.issueForEnrollment(completed.id)));
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    const certificates = (await db.query(
      'SELECT completion_number, issue_number, status, serial, completed_at, course_version FROM certificate WHERE enrollment_id = $1 ORDER BY completion_number',
      [completed.id],
    )) as Array<{ completion_number: number; issue_number: number; status: string; serial: string; completed_at: Date; course_version: number }>;
    expect(certificates.map((row) => [row.completion_number, row.issue_number, row.status, row.course_version])).toEqual([
      [1, 1, 'ACTIVE', 2],
      [2, 1, 'ACTIVE', 3],
    ]);
    expect(certificates[0]?.serial).not.toBe(certificates[1]?.serial);
    expect(certificates[1]?.completed_at.getTime()).toBe((await enrollmentOf(learner.userId))?.completedAt?.getTime());
    expect((await ctx.get(CertificateReadService).currentOfEnrollments([completed.id])).get(completed.id)?.completionNumber).toBe(2);
    expect((await reconciler.pendingEnrollments(-60)).map((pending) => pending.enrollmentId)).not.toContain(completed.id);

    // Reissuing the earlier certificate reissues that completion (its date and version), not the renewal.
    const [earlier] = (await db.query('SELECT id, completed_at, course_version_id FROM certificate WHERE enrollment_id = $1 AND completion_number = 1', [completed.id])) as Array<{
      id: string;
      completed_at: Date;
      course_version_id: string;
    }>;
    const reissued = await ctx.get(CertificateRevocationService).reissue(world.admin, earlier?.id as string, 'Sửa họ tên');
    expect(reissued).toMatchObject({ completionNumber: 1, issueNumber: 2, courseVersionId: earlier?.course_version_id, replacesCertificateId: earlier?.id, status: 'ACTIVE' });
    expect(reissued.completedAt.getTime()).toBe(earlier?.completed_at.getTime());
  });

  it('starts one retake for a double press, and refuses a course not completed, not published or not enrolled in, naming the field', async () => {
    const person = world.people.b1;
    await enrollments.enroll(actorOf(person), course.courseId);
    expect(await domainErrorOf(enrollments.retake(actorOf(person), course.courseId))).toMatchObject({ code: 'CONFLICT', field: 'courseId', reason: 'enrollment.retakeNotCompleted' });
    await enrollments.completeLesson(actorOf(person), course.lessonId);
    const [one, two] = await Promise.all([enrollments.retake(actorOf(person), course.courseId), enrollments.retake(actorOf(person), course.courseId)]);
    expect(one.retakeStartedAt?.getTime()).toBe(two.retakeStartedAt?.getTime());
    expect((await enrollments.completionsOf([one.id])).get(one.id)).toHaveLength(1);

    const stranger = world.people.d2;
    const notEnrolled = await domainErrorOf(enrollments.retake(actorOf(stranger), course.courseId));
    expect(notEnrolled).toMatchObject({ code: 'NOT_FOUND', field: 'courseId', reason: 'enrollment.notFound' });
    expect(notEnrolled.messageIn('vi')).toContain('Bạn chưa ghi danh');
    expect(await domainErrorOf(enrollments.retake(actorOf(stranger), 'not-a-course'))).toMatchObject({ code: 'NOT_FOUND', reason: 'course.notFound' });

    const archived = await createTestCourseVersion(db);
    await enrollments.enroll(actorOf(stranger), archived.courseId);
    await enrollments.completeLesson(actorOf(stranger), archived.lessonId);
    await db.query(`UPDATE course SET status = 'ARCHIVED' WHERE id = $1`, [archived.courseId]);
    const refused = await domainErrorOf(enrollments.retake(actorOf(stranger), archived.courseId));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'courseId', reason: 'enrollment.retakeNotPublished' });
    expect(refused.messageIn('en')).toBe('This course is not published at the moment, so it cannot be taken again');
    expect((await enrollments.ofUserInCourses(stranger, [archived.courseId])).get(archived.courseId)?.retakeStartedAt).toBeNull();
  });
});
