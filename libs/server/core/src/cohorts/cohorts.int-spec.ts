import type { DataSource } from 'typeorm';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from '../compliance/test-support/compliance-world';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CohortMembershipService } from './cohort-membership.service';
import { CohortProgressService } from './cohort-progress.service';
import { CohortService } from './cohort.service';
import { CohortsModule } from './cohorts.module';

describe('cohorts (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let cohorts: CohortService;
  let members: CohortMembershipService;
  let progress: CohortProgressService;
  let world: ComplianceWorld;
  let trainer: Awaited<ReturnType<typeof createTestUser>>;
  let courseId: string;
  let trackCode: string;
  let trackCourses: string[];

  beforeAll(async () => {
    ctx = await createTestingContext([CohortsModule]);
    db = ctx.dataSource;
    cohorts = ctx.get(CohortService);
    members = ctx.get(CohortMembershipService);
    progress = ctx.get(CohortProgressService);
    world = await createComplianceWorld(db);
    trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false });
    courseId = await createPublishedCourse(db, 4);
    trackCourses = [await createPublishedCourse(db, 2), await createPublishedCourse(db, 3)];
    trackCode = `ch-${Date.now().toString(36)}`;
    const [{ id: trackId }]: Array<{ id: string }> = await db.query(`INSERT INTO track (code, title, description) VALUES ($1, 'Trưởng ấp', 'Mô tả') RETURNING id`, [trackCode]);
    await db.query(`INSERT INTO course_track (course_id, track_id, position, mandatory) VALUES ($1, $3, 1, true), ($2, $3, 2, true)`, [...trackCourses, trackId]);
  });
  afterAll(() => ctx.close());

  const enrollmentsOf = async (userId: string): Promise<Array<{ course_id: string; source: string }>> =>
    db.query('SELECT course_id, source FROM enrollment WHERE user_id = $1 ORDER BY course_id', [userId]);

  it('lets a trainer gather the officials of a district by filter, enrolling each once, however often they are added', async () => {
    const { cohort } = await cohorts.create(trainer.actor, { name: 'Cán bộ Huyện Một', orgUnitId: world.d1.id, courseId, startsOn: '2026-12-07' });
    const first = await members.add(trainer.actor, cohort.id, { orgUnitId: world.d1.id, audiences: ['OFFICIAL'] });
    expect(first).toMatchObject({ added: 3, enrolled: 3, cohort: { memberCount: 3 } });
    expect(await enrollmentsOf(world.people.a1)).toEqual([{ course_id: courseId, source: 'COHORT' }]);
    const again = await members.add(trainer.actor, cohort.id, { orgUnitId: world.d1.id, audiences: ['OFFICIAL'], userIds: [world.people.a1] });
    expect(again).toMatchObject({ added: 0, enrolled: 0, cohort: { memberCount: 3 } });
    expect(await enrollmentsOf(world.people.a1)).toHaveLength(1);
    // Adding one person by hand: the citizen of the same commune.
    expect(await members.add(trainer.actor, cohort.id, { userIds: [world.people.a3] })).toMatchObject({ added: 1, enrolled: 1 });
  });

  it('enrols a track cohort in every mandatory course of the track, and shows each member’s progress with totals', async () => {
    const { cohort } = await cohorts.create(world.admin, { name: 'Trưởng ấp Xã A', orgUnitId: world.c1.id, trackCode, startsOn: '2026-12-01' });
    await members.add(world.admin, cohort.id, { userIds: [world.people.a1, world.people.a2] });
    expect((await enrollmentsOf(world.people.a2)).filter((row) => trackCourses.includes(row.course_id))).toEqual(trackCourses.map((id) => ({ course_id: id, source: 'COHORT' })).sort((a, b) => a.course_id.localeCompare(b.course_id)));
    await completeCourse(db, world.people.a1, trackCourses[0] as string);
    await completeCourse(db, world.people.a1, trackCourses[1] as string);
    await db.query('UPDATE enrollment SET progress = 0.5 WHERE user_id = $1 AND course_id = $2', [world.people.a2, trackCourses[0]]);
    expect(await progress.totals(world.admin, cohort.id)).toEqual({ members: 2, completed: 1, averageProgress: 0.625 });
    const page = await progress.members(world.admin, cohort.id, 1, null);
    expect(page).toMatchObject({ totalCount: 2, hasNextPage: true });
    const next = await progress.members(world.admin, cohort.id, 1, page.cursors[0]);
    const rows = [...page.items, ...next.items].sort((a, b) => a.progress - b.progress);
    expect(rows.map(({ userId, progress: value, completed }) => ({ userId, value, completed }))).toEqual([
      { userId: world.people.a2, value: 0.25, completed: false },
      { userId: world.people.a1, value: 1, completed: true },
    ]);
    expect(rows.every((row) => row.lastActivityAt instanceof Date)).toBe(true);
    expect(next.hasNextPage).toBe(false);
  });

  it('lets an expert gather only people of their own unit, and shows the cohort to its owner, administrators and its unit’s managers', async () => {
    const expert = await createTestUser(db, { orgUnitId: world.c2.id, audience: 'OFFICIAL', withPassword: false });
    await db.query('INSERT INTO unit_expert (org_unit_id, user_id) VALUES ($1, $2)', [world.c2.id, expert.id]);
    expect(await failure(cohorts.create(expert.actor, { name: 'Ngoài đơn vị', orgUnitId: world.c1.id, courseId, startsOn: '2026-12-01' }))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId', reason: 'cohorts.outsideExpertUnit' });
    const { cohort } = await cohorts.create(expert.actor, { name: 'Xã B', orgUnitId: world.c2.id, courseId, startsOn: '2026-12-01' });
    expect(await failure(members.add(expert.actor, cohort.id, { userIds: [world.people.a1] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds', reason: 'cohorts.userOutsideUnit' });
    expect(await failure(members.add(expert.actor, cohort.id, { orgUnitId: world.d1.id }))).toMatchObject({ field: 'orgUnitId', reason: 'cohorts.unitOutsideCohort' });
    expect(await members.add(expert.actor, cohort.id, { userIds: [world.people.b1] })).toMatchObject({ added: 1 });

    expect((await cohorts.visible(world.d1Manager, cohort.id)).cohort.id).toBe(cohort.id);
    expect(await failure(members.add(world.d1Manager, cohort.id, { userIds: [world.people.b1] }))).toMatchObject({ code: 'FORBIDDEN' });
    const d2Manager = (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: world.d2.id }], withPassword: false })).actor;
    expect(await failure(cohorts.visible(d2Manager, cohort.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(progress.totals(world.learner, cohort.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(cohorts.create(world.learner, { name: 'X', orgUnitId: world.c1.id, courseId, startsOn: '2026-12-01' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'cohorts.createForbidden' });

    const listed = async (actor: typeof expert.actor) => (await cohorts.list(actor, 100, null)).items.map((view) => view.cohort.id);
    expect(await listed(expert.actor)).toContain(cohort.id);
    expect(await listed(world.d1Manager)).toContain(cohort.id);
    expect(await listed(world.admin)).toContain(cohort.id);
    expect(await listed(d2Manager)).not.toContain(cohort.id);
    expect(await listed(trainer.actor)).not.toContain(cohort.id);
  });

  it('refuses what cannot be followed, with the field at fault, and writes nothing', async () => {
    const draft = await createPublishedCourse(db, 1, 'DRAFT');
    const before = await db.query('SELECT count(*)::int AS n FROM cohort');
    expect(await failure(cohorts.create(trainer.actor, { name: 'X', orgUnitId: world.c1.id, courseId: draft, startsOn: '2026-12-01' }))).toMatchObject({ field: 'courseId', reason: 'cohorts.courseNotPublished' });
    expect(await failure(cohorts.create(trainer.actor, { name: 'X', orgUnitId: world.c1.id, trackCode: 'none', startsOn: '2026-12-01' }))).toMatchObject({ field: 'trackCode', reason: 'cohorts.trackNotFound' });
    expect(await failure(cohorts.create(trainer.actor, { name: 'X', orgUnitId: 'nope', courseId, startsOn: '2026-12-01' }))).toMatchObject({ code: 'NOT_FOUND' });
    const { cohort } = await cohorts.create(trainer.actor, { name: 'Y', orgUnitId: (await createTestOrgUnit(db)).id, courseId, startsOn: '2026-12-01' });
    expect(await failure(members.add(trainer.actor, cohort.id, {}))).toMatchObject({ field: 'userIds', reason: 'cohorts.memberSelectionMissing' });
    expect(await failure(members.add(trainer.actor, cohort.id, { userIds: ['not-a-uuid'] }))).toMatchObject({ field: 'userIds', reason: 'cohorts.userNotFound' });
    expect(await db.query('SELECT count(*)::int AS n FROM cohort')).toEqual([{ n: before[0].n + 1 }]);
  });
});
