import type { DataSource } from 'typeorm';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

describe('RequirementEnrolmentService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let enrolment: RequirementEnrolmentService;
  let requirements: TrainingRequirementService;
  let world: ComplianceWorld;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    enrolment = ctx.get(RequirementEnrolmentService);
    requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
  });
  afterAll(() => ctx.close());

  const future = new Date(Date.now() + 90 * 86_400_000);
  const enrolledIn = async (courseId: string) =>
    (await db.query(`SELECT user_id, source, status, due_at FROM enrollment WHERE course_id = $1 ORDER BY user_id`, [courseId])) as Array<{ user_id: string; source: string; status: string; due_at: Date | null }>;

  const NOTHING_TO_DO = { newlyCovered: 0, noLongerCovered: 0, enrolled: 0 };
  const coveredBy = async (requirementId: string) =>
    ((await db.query('SELECT user_id FROM requirement_coverage WHERE requirement_id = $1 ORDER BY user_id', [requirementId])) as Array<{ user_id: string }>).map((row) => row.user_id).sort();

  it('enrols everyone covered once, keeps what they had, and adds nothing when run again or twice at once', async () => {
    const courseId = await createPublishedCourse(db, 3);
    await completeCourse(db, world.people.a1, courseId);
    const { requirement } = await requirements.create(world.admin, { title: 'Công chức', orgUnitId: world.province.id, audiences: ['OFFICIAL'], courseId, dueAt: future });
    // The job its creation queued may already have run in a worker of another suite: what it did is the same.
    const first = await enrolment.evaluate(requirement.id);
    expect([{ newlyCovered: 4, noLongerCovered: 0, enrolled: 3 }, NOTHING_TO_DO]).toContainEqual(first);
    await expect(coveredBy(requirement.id)).resolves.toEqual([world.people.a1, world.people.a2, world.people.b1, world.people.d2].sort());
    const rows = await enrolledIn(courseId);
    expect(rows.map((row) => row.user_id).sort()).toEqual([world.people.a1, world.people.a2, world.people.b1, world.people.d2].sort());
    expect(rows.find((row) => row.user_id === world.people.a1)).toMatchObject({ source: 'SELF', status: 'COMPLETED' });
    expect(rows.find((row) => row.user_id === world.people.a2)).toMatchObject({ source: 'ASSIGNED', status: 'ACTIVE', due_at: future });
    const again = await Promise.all([enrolment.evaluate(requirement.id), enrolment.evaluate(requirement.id)]);
    expect(again).toEqual([NOTHING_TO_DO, NOTHING_TO_DO]);
    expect(await enrolledIn(courseId)).toHaveLength(4);
  });

  it("enrols a track's mandatory courses, follows onboarding, moves and audience changes, and leaves progress when coverage ends", async () => {
    const [mandatory, optional] = [await createPublishedCourse(db), await createPublishedCourse(db)];
    const [{ id: trackId, code }] = await db.query(`INSERT INTO track (code, title, description, audiences, position) VALUES ('t-' || substr(md5(random()::text), 1, 8), 'Lộ trình', 'Mô tả', '{OFFICIAL}', 9) RETURNING id, code`);
    await db.query('INSERT INTO course_track (course_id, track_id, position, mandatory) VALUES ($1, $3, 1, true), ($2, $3, 2, false)', [mandatory, optional, trackId]);
    const { requirement } = await requirements.create(world.admin, { title: 'Lộ trình D1', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], trackCode: code, dueAt: future, dueWithinDays: 30 });
    expect([{ newlyCovered: 3, noLongerCovered: 0, enrolled: 3 }, NOTHING_TO_DO]).toContainEqual(await enrolment.evaluate(requirement.id));
    const coveredBefore = await coveredBy(requirement.id);
    expect(coveredBefore).toHaveLength(3);
    expect(await enrolledIn(mandatory)).toHaveLength(3);
    expect(await enrolledIn(optional)).toEqual([]);

    const [{ id: newcomer }] = await db.query(`INSERT INTO app_user (full_name, audience, org_unit_id) VALUES ('Người mới', 'OFFICIAL', $1) RETURNING id`, [world.c2.id]);
    await db.query(`UPDATE app_user SET org_unit_id = $2 WHERE id = $1`, [world.people.d2, world.c1.id]);
    await db.query(`UPDATE app_user SET audience = 'CITIZEN' WHERE id = $1`, [world.people.a2]);
    // The periodic re-evaluation of a worker in another suite may pick the changes up first: the outcome is the same.
    expect([{ newlyCovered: 2, noLongerCovered: 1, enrolled: 2 }, NOTHING_TO_DO]).toContainEqual(await enrolment.evaluate(requirement.id));
    await expect(coveredBy(requirement.id)).resolves.toEqual([...coveredBefore.filter((id) => id !== world.people.a2), newcomer, world.people.d2].sort());
    const rows = await enrolledIn(mandatory);
    expect(rows.map((row) => row.user_id)).toEqual(expect.arrayContaining([newcomer, world.people.d2, world.people.a2]));
    const [coverage] = await db.query('SELECT covered_at FROM requirement_coverage WHERE requirement_id = $1 AND user_id = $2', [requirement.id, newcomer]);
    // Relative due date: 30 days from becoming covered, never before the requirement's own date.
    expect(rows.find((row) => row.user_id === newcomer)?.due_at?.getTime()).toBe(Math.max(future.getTime(), coverage.covered_at.getTime() + 30 * 86_400_000));
  });
});
