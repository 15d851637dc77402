import type { DataSource } from 'typeorm';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { ComplianceReportService } from './compliance-report.service';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

describe('ComplianceReportService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let reports: ComplianceReportService;
  let world: ComplianceWorld;
  let r1: string;
  let r2: string;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    reports = ctx.get(ComplianceReportService);
    const requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
    const courseX = await createPublishedCourse(db, 3);
    const courseY = await createPublishedCourse(db, 1);
    // R1: the province's officials must complete X by a future date; R2: everyone of D1 must have 2 hours, already due.
    r1 = (await requirements.create(world.admin, { title: 'R1', orgUnitId: world.province.id, audiences: ['OFFICIAL'], courseId: courseX, dueAt: new Date(Date.now() + 30 * 86_400_000) })).requirement.id;
    r2 = (await requirements.create(world.admin, { title: 'R2', orgUnitId: world.d1.id, hours: 2, dueAt: new Date(Date.now() - 86_400_000) })).requirement.id;
    await completeCourse(db, world.people.a1, courseX);
    await completeCourse(db, world.people.b1, courseY);
  });
  afterAll(() => ctx.close());

  const row = (unitId: string, required: number, completed: number, overdue: number) => ({ orgUnitId: unitId, required, completed, overdue, rate: required === 0 ? null : completed / required });

  it('rolls one requirement up over the subtree with one row per child unit', async () => {
    expect(await reports.report(world.admin, r1, world.province.id)).toEqual({ total: row(world.province.id, 4, 1, 0), rows: [row(world.d2.id, 1, 0, 0), row(world.d1.id, 3, 1, 0)] });
    expect(await reports.report(world.admin, r2, world.d1.id)).toEqual({ total: row(world.d1.id, 4, 1, 3), rows: [row(world.c1.id, 3, 1, 2), row(world.c2.id, 1, 0, 1)] });
    expect(await reports.report(world.admin, r2, world.d2.id)).toEqual({ total: row(world.d2.id, 0, 0, 0), rows: [] });
  });

  it('counts a person completed over all requirements only when every one covering them is met', async () => {
    expect(await reports.report(world.admin, null, world.d1.id)).toEqual({ total: row(world.d1.id, 4, 1, 3), rows: [row(world.c1.id, 3, 1, 2), row(world.c2.id, 1, 0, 1)] });
    const province = await reports.report(world.admin, null, world.province.id);
    expect(province.total).toEqual(row(world.province.id, 5, 1, 3));
    expect(province.rows).toEqual([row(world.d2.id, 1, 0, 0), row(world.d1.id, 4, 1, 3)]);
  });

  it('answers each report with the same three queries, however many units and people', async () => {
    const spy = jest.spyOn(db, 'query');
    await reports.report(world.admin, null, world.province.id);
    const sent = spy.mock.calls.map(([sql]) => sql);
    spy.mockRestore();
    expect(sent.filter((sql) => sql.includes('GROUPING SETS'))).toHaveLength(1);
    // The unit asked for, then in one snapshot how far the summaries hold and the report.
    expect(sent).toHaveLength(3);
  });

  it('lets a unit manager report inside their subtree only', async () => {
    expect((await reports.report(world.d1Manager, r2, world.c1.id)).total).toEqual(row(world.c1.id, 3, 1, 2));
    expect((await reports.report(world.d1Manager, null, null)).total.orgUnitId).toBe(world.d1.id);
    expect(await failure(reports.report(world.d1Manager, null, world.province.id))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect(await failure(reports.report(world.d1Manager, null, world.d2.id))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(reports.report(world.learner, null, world.c1.id))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(reports.report(world.admin, 'nope', world.c1.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(reports.report(world.admin, null, 'nope'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
