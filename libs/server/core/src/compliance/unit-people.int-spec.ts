import type { DataSource } from 'typeorm';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { MyTrainingRequirementsService } from './my-training-requirements.service';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { RequirementExceptionService } from './requirement-exception.service';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';
import { UnitPeopleService } from './unit-people.service';

const DAY = 86_400_000;

describe('UnitPeopleService and MyTrainingRequirementsService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let people: UnitPeopleService;
  let mine: MyTrainingRequirementsService;
  let world: ComplianceWorld;
  let courseX: string;
  let r1: string;
  let r2: string;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    people = ctx.get(UnitPeopleService);
    mine = ctx.get(MyTrainingRequirementsService);
    const requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
    courseX = await createPublishedCourse(db, 3);
    r1 = (await requirements.create(world.admin, { title: 'R1', orgUnitId: world.province.id, audiences: ['OFFICIAL'], courseId: courseX, dueAt: new Date(Date.now() + 30 * DAY) })).requirement.id;
    r2 = (await requirements.create(world.admin, { title: 'R2', orgUnitId: world.d1.id, hours: 2, dueAt: new Date(Date.now() - DAY) })).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(null);
    await completeCourse(db, world.people.a1, courseX);
    await db.query('UPDATE enrollment SET progress = 0.5 WHERE user_id = $1 AND course_id = $2', [world.people.b1, courseX]);
    await ctx.get(RequirementExceptionService).exempt(world.admin, { requirementId: r2, userId: world.people.a3, reason: 'Đã học nơi khác' });
  });
  afterAll(() => ctx.close());

  it('lists each covered person of the subtree with where they stand on a requirement, and the actions the reader may take', async () => {
    const page = await people.page(world.d1Manager, { orgUnitId: world.d1.id, requirementId: r2, offset: 0, limit: 10 });
    expect(page.totalCount).toBe(4);
    const byPerson = new Map(page.items.map((item) => [item.userId, item]));
    expect(byPerson.get(world.people.a1)).toMatchObject({ state: 'COMPLETED', allowedActions: ['EXEMPT'] });
    expect(byPerson.get(world.people.a1)?.completedAt).toBeInstanceOf(Date);
    expect(byPerson.get(world.people.a2)).toMatchObject({ state: 'OVERDUE', completedAt: null, allowedActions: ['EXEMPT', 'EXTEND'] });
    expect(byPerson.get(world.people.a3)).toMatchObject({ state: 'EXEMPT', exemptionReason: 'Đã học nơi khác', allowedActions: ['REMOVE_EXEMPTION'] });
    expect(byPerson.get(world.people.b1)).toMatchObject({ state: 'OVERDUE', orgUnitId: world.c2.id });
    const r1Page = await people.page(world.d1Manager, { orgUnitId: world.c2.id, requirementId: r1, offset: 0, limit: 10 });
    expect(r1Page.items).toEqual([expect.objectContaining({ userId: world.people.b1, state: 'IN_PROGRESS', allowedActions: ['EXEMPT', 'EXTEND'] })]);
  });

  it('pages every requirement of the unit in a stable order and says how many there are past the end', async () => {
    const all = await people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 0, limit: 100 });
    expect(all.totalCount).toBe(5); // a1, a2 by R1 and R2; a3 by R2
    const first = await people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 0, limit: 2 });
    const rest = await people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 2, limit: 2 });
    const last = await people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 4, limit: 2 });
    const key = (item: { userId: string; requirementId: string }) => `${item.userId}/${item.requirementId}`;
    expect([...first.items, ...rest.items, ...last.items].map(key)).toEqual(all.items.map(key));
    expect(await people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 50, limit: 2 })).toEqual({ totalCount: 5, items: [] });
  });

  it('refuses a unit outside the reader\'s subtree, learners and bad pages', async () => {
    expect(await failure(people.page(world.d1Manager, { orgUnitId: world.d2.id, requirementId: null, offset: 0, limit: 10 }))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect(await failure(people.page(world.learner, { orgUnitId: world.c1.id, requirementId: null, offset: 0, limit: 10 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: 0, limit: 101 }))).toMatchObject({ field: 'first' });
    expect(await failure(people.page(world.admin, { orgUnitId: world.c1.id, requirementId: null, offset: -1, limit: 10 }))).toMatchObject({ field: 'offset' });
    expect(await failure(people.page(world.admin, { orgUnitId: world.c1.id, requirementId: 'nope', offset: 0, limit: 10 }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a person their own requirements, soonest first, with the unit and audience through which each applies', async () => {
    const a2 = await mine.list({ userId: world.people.a2, grants: [] });
    expect(a2.map((item) => [item.requirement.title, item.state, item.coveredThroughOrgUnitId, item.audience])).toEqual([
      ['R2', 'OVERDUE', world.d1.id, null],
      ['R1', 'NOT_STARTED', world.province.id, 'OFFICIAL'],
    ]);
    const a3 = await mine.list({ userId: world.people.a3, grants: [] });
    expect(a3.map((item) => [item.requirement.title, item.state])).toEqual([['R2', 'EXEMPT']]);
    expect(await mine.list({ userId: world.people.d2, grants: [] })).toHaveLength(1);
    expect(await mine.list(world.learner)).toEqual([]);
  });
});
