import type { DataSource } from 'typeorm';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

describe('TrainingRequirementService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let requirements: TrainingRequirementService;
  let world: ComplianceWorld;
  let courseId: string;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
    courseId = await createPublishedCourse(db, 3);
  });
  afterAll(() => ctx.close());

  const future = new Date(Date.now() + 90 * 86_400_000);
  const written = async () => {
    const [row]: Array<{ requirements: number; audits: number }> = await db.query(
      'SELECT (SELECT count(*)::int FROM training_requirement) AS requirements, (SELECT count(*)::int FROM requirement_audit) AS audits',
    );
    return row;
  };

  it('creates a requirement with its audit entry, counting the people it covers', async () => {
    const view = await requirements.create(world.admin, { title: 'Kỹ năng số', orgUnitId: world.province.id, audiences: ['OFFICIAL'], courseId, dueAt: future });
    expect(view.assignedCount).toBe(4); // a1, a2, b1, d2: the officials of the province
    expect(view.requirement).toMatchObject({ courseId, trackId: null, hours: null, audiences: ['OFFICIAL'], createdById: world.admin.userId });
    const [audit] = await db.query('SELECT actor_id, action, before, after FROM requirement_audit WHERE requirement_id = $1', [view.requirement.id]);
    expect(audit).toMatchObject({ actor_id: world.admin.userId, action: 'CREATED', before: null, after: { title: 'Kỹ năng số', courseId, audiences: ['OFFICIAL'] } });
  });

  it('lets a unit manager create inside their subtree, and list what covers their people', async () => {
    const inside = await requirements.create(world.d1Manager, { title: 'Giờ học số', orgUnitId: world.c1.id, hours: 2, dueAt: future, recurrenceMonths: 12, renewalWindowDays: 30 });
    expect(inside).toMatchObject({ assignedCount: 3, requirement: { hours: '2.00', recurrenceMonths: 12, renewalWindowDays: 30 } });
    const outside = await requirements.create(world.admin, { title: 'Huyện Hai', orgUnitId: world.d2.id, hours: 1, dueAt: future });
    const listed = (await requirements.list(world.d1Manager)).map((view) => view.requirement.id);
    expect(listed).toContain(inside.requirement.id);
    expect(listed).not.toContain(outside.requirement.id);
    expect((await requirements.list(world.admin)).map((view) => view.requirement.id)).toEqual(expect.arrayContaining([inside.requirement.id, outside.requirement.id]));
    expect(await failure(requirements.list(world.learner))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await written();
    const base = { title: 'Sai', orgUnitId: world.d1.id, dueAt: future };
    expect(await failure(requirements.create(world.d1Manager, { ...base, orgUnitId: world.province.id, courseId }))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect(await failure(requirements.create(world.admin, base))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId', reason: 'compliance.targetMissing' });
    expect(await failure(requirements.create(world.admin, { ...base, courseId, hours: 3 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect(await failure(requirements.create(world.admin, { ...base, hours: 3, dueAt: new Date(Date.now() - 86_400_000), recurrenceMonths: 12 }))).toMatchObject({ field: 'dueAt' });
    expect(await failure(requirements.create(world.admin, { ...base, courseId: await createPublishedCourse(db, 1, 'DRAFT') }))).toMatchObject({ field: 'courseId', reason: 'compliance.courseNotPublished' });
    expect(await failure(requirements.create(world.admin, { ...base, courseId: 'not-a-uuid' }))).toMatchObject({ field: 'courseId', reason: 'compliance.courseNotFound' });
    expect(await failure(requirements.create(world.admin, { ...base, trackCode: 'no-such-track' }))).toMatchObject({ field: 'trackCode', reason: 'compliance.trackNotFound' });
    expect(await failure(requirements.create(world.admin, { ...base, orgUnitId: 'nope', hours: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(requirements.create(world.learner, { ...base, hours: 1 }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
  });
});
