import type { DataSource } from 'typeorm';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { ComplianceReportService } from './compliance-report.service';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { RequirementExceptionService } from './requirement-exception.service';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

const DAY = 86_400_000;

describe('RequirementExceptionService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let exceptions: RequirementExceptionService;
  let reports: ComplianceReportService;
  let world: ComplianceWorld;
  let r1: string;
  let r2: string;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    exceptions = ctx.get(RequirementExceptionService);
    reports = ctx.get(ComplianceReportService);
    const requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
    const courseX = await createPublishedCourse(db, 3);
    const courseY = await createPublishedCourse(db, 1);
    r1 = (await requirements.create(world.admin, { title: 'R1', orgUnitId: world.province.id, audiences: ['OFFICIAL'], courseId: courseX, dueAt: new Date(Date.now() + 30 * DAY) })).requirement.id;
    r2 = (await requirements.create(world.admin, { title: 'R2', orgUnitId: world.d1.id, hours: 2, dueAt: new Date(Date.now() - DAY) })).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(null);
    await completeCourse(db, world.people.a1, courseX);
    await completeCourse(db, world.people.b1, courseY);
  });
  afterAll(() => ctx.close());

  // Other suites of the run share the database: count this world's rows only.
  const audit = async () => (await db.query('SELECT count(*)::int AS n FROM requirement_audit WHERE requirement_id IN ($1, $2)', [r1, r2]))[0].n as number;
  const d1Total = async () => (await reports.report(world.admin, r2, world.d1.id)).total;

  it('counts an exempt person nowhere as required, and the audit trail names who, whom, and the terms before and after', async () => {
    expect(await d1Total()).toMatchObject({ required: 4, completed: 1, overdue: 3 });
    const view = await exceptions.exempt(world.d1Manager, { requirementId: r2, userId: world.people.a2, reason: '  Nghỉ thai sản  ' });
    expect(view).toMatchObject({ state: 'EXEMPT', exemptionReason: 'Nghỉ thai sản' });
    expect(await d1Total()).toMatchObject({ required: 3, completed: 1, overdue: 2 });
    expect((await reports.report(world.admin, null, world.c1.id)).total).toMatchObject({ required: 3 }); // a2 is still required by R1
    const [entry] = await db.query(`SELECT actor_id, user_id, action, before, after FROM requirement_audit WHERE requirement_id = $1 AND action = 'EXEMPTED'`, [r2]);
    expect(entry).toEqual({ actor_id: world.d1Manager.userId, user_id: world.people.a2, action: 'EXEMPTED', before: null, after: { reason: 'Nghỉ thai sản' } });

    expect(await exceptions.removeExemption(world.admin, r2, world.people.a2)).toBe(true);
    expect(await d1Total()).toMatchObject({ required: 4, overdue: 3 });
    const [removal] = await db.query(`SELECT before, after FROM requirement_audit WHERE requirement_id = $1 AND action = 'EXEMPTION_REMOVED'`, [r2]);
    expect(removal).toEqual({ before: { reason: 'Nghỉ thai sản' }, after: null });
    expect(await failure(exceptions.removeExemption(world.admin, r2, world.people.a2))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId', reason: 'compliance.exemptionNotFound' });
  });

  it('moves one person\'s due date with an extension, and so whether they are overdue', async () => {
    const later = new Date(Date.now() + 10 * DAY);
    const view = await exceptions.extend(world.d1Manager, { requirementId: r2, userId: world.people.a3, dueAt: later, reason: 'Đi công tác' });
    expect(view).toMatchObject({ state: 'NOT_STARTED', extended: true, extensionReason: 'Đi công tác' });
    expect(view.dueAt.getTime()).toBe(later.getTime());
    expect(view.baseDueAt.getTime()).toBeLessThan(Date.now());
    expect(await d1Total()).toMatchObject({ required: 4, overdue: 2 });
    const [entry] = await db.query(`SELECT before, after FROM requirement_audit WHERE user_id = $1 AND action = 'EXTENDED'`, [world.people.a3]);
    expect(entry.after).toEqual({ dueAt: later.toISOString(), reason: 'Đi công tác' });
    expect(new Date(entry.before.dueAt).getTime()).toBe(view.baseDueAt.getTime());

    await exceptions.removeExtension(world.admin, r2, world.people.a3);
    expect(await d1Total()).toMatchObject({ overdue: 3 });
  });

  it('counts approved external certificates toward an hours requirement, besides completed courses', async () => {
    await db.query(
      `INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status) VALUES ($1, 'Kỹ năng số', 'Sở TT', 1, now(), 'APPROVED'), ($1, 'Chờ duyệt', 'Sở TT', 5, now(), 'PENDING')`,
      [world.people.b1],
    );
    expect(await d1Total()).toMatchObject({ completed: 2, overdue: 2 });
    await db.query('DELETE FROM external_certificate WHERE holder_id = $1', [world.people.b1]);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = await audit();
    const exemptions = async () => (await db.query('SELECT count(*)::int AS n FROM requirement_exemption WHERE requirement_id IN ($1, $2)', [r1, r2]))[0].n as number;
    expect(await failure(exceptions.exempt(world.d1Manager, { requirementId: r1, userId: world.people.d2, reason: 'x' }))).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
    expect(await failure(exceptions.exempt(world.admin, { requirementId: r1, userId: world.people.a3, reason: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId', reason: 'compliance.personNotCovered' });
    expect(await failure(exceptions.exempt(world.admin, { requirementId: r1, userId: world.people.a1, reason: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'compliance.reasonRequired' });
    expect(await failure(exceptions.exempt(world.admin, { requirementId: r1, userId: world.people.a1, reason: 'x'.repeat(501) }))).toMatchObject({ field: 'reason' });
    expect(await failure(exceptions.extend(world.admin, { requirementId: r1, userId: world.people.a2, dueAt: new Date(Date.now() + 29 * DAY), reason: 'x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueAt',
      reason: 'compliance.extensionNotLater',
    });
    expect(await failure(exceptions.extend(world.admin, { requirementId: r1, userId: world.people.a2, dueAt: new Date('nope'), reason: 'x' }))).toMatchObject({ field: 'dueAt' });
    expect(await failure(exceptions.extend(world.admin, { requirementId: r1, userId: world.people.a2, dueAt: new Date(Date.now() + 6 * 365 * DAY), reason: 'x' }))).toMatchObject({ field: 'dueAt', reason: 'compliance.extensionTooFar' });
    expect(await failure(exceptions.exempt(world.admin, { requirementId: 'nope', userId: world.people.a1, reason: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(exceptions.exempt(world.admin, { requirementId: r1, userId: 'nope', reason: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(await failure(exceptions.exempt(world.learner, { requirementId: r1, userId: world.people.a1, reason: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(exceptions.removeExtension(world.d1Manager, r1, world.people.d2))).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
    expect(await audit()).toBe(before);
    expect(await exemptions()).toBe(0);
  });

  it('lets two changes to one person\'s terms take turns, each audited against what the other left', async () => {
    await Promise.all([
      exceptions.exempt(world.admin, { requirementId: r1, userId: world.people.b1, reason: 'Một' }),
      exceptions.exempt(world.d1Manager, { requirementId: r1, userId: world.people.b1, reason: 'Hai' }),
    ]);
    const entries: Array<{ before: { reason: string } | null; after: { reason: string } }> = await db.query(
      `SELECT before, after FROM requirement_audit WHERE requirement_id = $1 AND user_id = $2 ORDER BY id`,
      [r1, world.people.b1],
    );
    expect(entries).toHaveLength(2);
    expect(entries[0].before).toBeNull();
    expect(entries[1].before).toEqual(entries[0].after);
  });
});
