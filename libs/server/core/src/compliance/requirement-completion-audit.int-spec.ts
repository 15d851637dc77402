import type { DataSource } from 'typeorm';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { writeCompletionAudit } from './requirement-completion-audit';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

describe('writeCompletionAudit (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let world: ComplianceWorld;
  let courseX: string;
  let trackId: string;
  const ids: Record<'course' | 'track' | 'hours' | 'other', string> = { course: '', track: '', hours: '', other: '' };

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    world = await createComplianceWorld(db);
    courseX = await createPublishedCourse(db, 2);
    const courseY = await createPublishedCourse(db, 1);
    const code = `tr-${Date.now()}`;
    [{ id: trackId }] = await db.query(`INSERT INTO track (code, title, description) VALUES ($1, 'Lộ trình', 'Mô tả') RETURNING id`, [code]);
    await db.query('INSERT INTO course_track (course_id, track_id, mandatory, position) VALUES ($1, $2, true, 1)', [courseX, trackId]);
    const requirements = ctx.get(TrainingRequirementService);
    const dueAt = new Date(Date.now() + 86_400_000);
    ids.course = (await requirements.create(world.admin, { title: 'Khóa X', orgUnitId: world.c1.id, courseId: courseX, dueAt })).requirement.id;
    ids.track = (await requirements.create(world.admin, { title: 'Lộ trình', orgUnitId: world.c1.id, trackCode: code, dueAt })).requirement.id;
    ids.hours = (await requirements.create(world.admin, { title: 'Giờ học', orgUnitId: world.c1.id, hours: 3, dueAt })).requirement.id;
    ids.other = (await requirements.create(world.admin, { title: 'Khóa Y', orgUnitId: world.c1.id, courseId: courseY, dueAt })).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(null);
  });
  afterAll(async () => {
    // Other suites of the run count the tracks of the database: this one leaves none behind.
    await db.query('DELETE FROM training_requirement WHERE id = $1', [ids.track]);
    await db.query('DELETE FROM track WHERE id = $1', [trackId]);
    await ctx.close();
  });

  const audited = async () =>
    (await db.query(`SELECT requirement_id FROM requirement_audit WHERE action = 'COMPLETION_RECORDED' AND user_id = $1 ORDER BY requirement_id`, [world.people.a1])).map((row: { requirement_id: string }) => row.requirement_id);

  it('records a completed course on the requirements it counts toward, and approved hours on those of hours', async () => {
    await db.transaction((manager) => writeCompletionAudit(manager, { kind: 'course', userId: world.people.a1, courseId: courseX, enrollmentId: courseX, completedAt: new Date(), completionNumber: 1, renews: null, actorId: world.people.a1 }));
    expect(await audited()).toEqual([ids.course, ids.track, ids.hours].sort());
    await db.transaction((manager) => writeCompletionAudit(manager, { kind: 'external-hours', userId: world.people.a1, externalCertificateId: courseX, hours: '2', actorId: world.admin.userId }));
    expect(await audited()).toEqual([ids.course, ids.track, ids.hours, ids.hours].sort());
    await expect(writeCompletionAudit(db.manager, { kind: 'external-hours', userId: world.people.a1, externalCertificateId: courseX, hours: '2', actorId: world.admin.userId })).rejects.toThrow(/transaction/);
  });
});
