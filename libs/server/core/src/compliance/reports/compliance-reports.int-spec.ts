import type { DataSource } from 'typeorm';
import { createTestOrgUnit, createTestUser } from '../../test-support/fixtures';
import { domainErrorOf as failure } from '../../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { ComplianceModule } from '../compliance.module';
import { ComplianceReportService } from '../compliance-report.service';
import { createComplianceWorld, type ComplianceWorld } from '../test-support/compliance-world';
import { TrainingRequirementService } from '../training-requirement.service';
import { UnitExpertService } from '../unit-expert.service';
import { ComplianceLevelsService } from './compliance-levels.service';
import { ComplianceReminderService } from './compliance-reminder.service';
import { ComplianceSnapshotService } from './compliance-snapshot.service';
import { LevelReportService } from './level-report.service';

describe('Compliance reports by level, for experts, reminders and snapshots (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let world: ComplianceWorld;
  let requirementId: string;
  let head: string;
  let staff: string;
  let expert: Awaited<ReturnType<typeof createTestUser>>;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    world = await createComplianceWorld(db);
    const unit = await createTestOrgUnit(db, { kind: 'PUBLIC_SERVICE_UNIT', parent: world.province, name: 'Trung tâm Y tế' });
    head = (await createTestUser(db, { orgUnitId: unit.id, audience: 'OFFICIAL', withPassword: false })).id;
    staff = (await createTestUser(db, { orgUnitId: unit.id, audience: 'OFFICIAL', withPassword: false })).id;
    await db.query("UPDATE app_user SET position = CASE WHEN id = $1 THEN 'Phó Giám đốc' ELSE 'Viên chức' END WHERE id IN ($1, $2)", [head, staff]);
    // Officials of the province: 4 hours by a future date. d2 (in D2) holds a recognised 6-hour certificate, a1 a 2-hour one.
    requirementId = (await ctx.get(TrainingRequirementService).create(world.admin, { title: 'CNTT', orgUnitId: world.province.id, audiences: ['OFFICIAL'], hours: 4, dueAt: new Date(Date.now() + 86_400_000) })).requirement.id;
    for (const [holder, hours] of [[world.people.d2, 6], [world.people.a1, 2], [head, 4]] as const) {
      await db.query(`INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status) VALUES ($1, 'Tin học', 'Trường', $2, now(), 'APPROVED')`, [holder, hours]);
    }
    await db.query(`INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status) VALUES ($1, 'Tin học', 'Trường', 9, now(), 'PENDING')`, [world.people.b1]);
    expert = await createTestUser(db, { orgUnitId: world.c1.id, audience: 'OFFICIAL', withPassword: false });
    await ctx.get(UnitExpertService).appoint(world.admin, world.c1.id, expert.id);
  });
  afterAll(() => ctx.close());

  it('places people by their unit\'s kind and their position, counts recognised hours, and follows a changed level', async () => {
    const levels = ctx.get(LevelReportService);
    const figures = async () => (await levels.report(world.admin, requirementId, world.province.id)).rows.map((row) => [row.level.code, row.completed, row.required]);
    // D2's official is district level and recognised; the head of the unit is, its staff member is in no level.
    expect(await figures()).toEqual([
      ['PROVINCE_OFFICIALS', 0, 0],
      ['DISTRICT_OFFICIALS', 1, 1],
      ['PUBLIC_SERVICE_HEADS', 1, 1],
    ]);
    const service = ctx.get(ComplianceLevelsService);
    const communes = { code: 'COMMUNE_OFFICIALS', nameVi: 'Cán bộ, công chức cấp xã', nameEn: 'Commune officials', unitKinds: ['commune'], positionPattern: null, sortOrder: 4 };
    expect(await service.set(world.admin, communes)).toEqual({ ...communes, unitKinds: ['COMMUNE'] });
    try {
      expect(await figures()).toContainEqual(['COMMUNE_OFFICIALS', 0, 4]);
    } finally {
      await service.remove(world.admin, 'COMMUNE_OFFICIALS');
    }
    expect(await failure(service.set(world.admin, { ...communes, positionPattern: '(unclosed' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionPattern' });
    expect(await failure(service.set(world.d1Manager, communes))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets an expert read their unit\'s report, not another\'s, and remind its people once a day', async () => {
    const report = await ctx.get(ComplianceReportService).report(expert.actor, requirementId, null);
    expect(report.total).toMatchObject({ orgUnitId: world.c1.id, required: 3 });
    expect(await failure(ctx.get(ComplianceReportService).report(expert.actor, null, world.d1.id))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect(await failure(ctx.get(ComplianceReportService).report(world.learner, null, world.c1.id))).toMatchObject({ code: 'FORBIDDEN' });

    const reminders = ctx.get(ComplianceReminderService);
    const sent = await reminders.remind(expert.actor, world.c1.id, requirementId);
    // a1 (2 recognised hours of 4), a2 and the expert have not met it; the citizen a3 is not covered.
    expect(sent.remindedCount).toBe(3);
    const notified: Array<{ user_id: string; params: Record<string, string> }> = await db.query("SELECT user_id, params FROM notification WHERE kind = 'compliance.reminder' AND user_id = ANY ($1::uuid[])", [[world.people.a1, world.people.a2, world.people.a3, expert.id]]);
    expect(notified.map((row) => row.user_id).sort()).toEqual([world.people.a1, world.people.a2, expert.id].sort());
    expect(notified[0].params).toMatchObject({ requirementTitle: 'CNTT', unitName: 'Xã A' });
    const again = await Promise.allSettled([reminders.remind(expert.actor, world.c1.id, requirementId), reminders.remind(world.admin, world.c1.id, requirementId)]);
    expect(again.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await failure(Promise.reject((again[0] as PromiseRejectedResult).reason))).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'complianceReports.alreadyReminded' });
    expect((await db.query("SELECT count(*)::int AS n FROM notification WHERE kind = 'compliance.reminder' AND user_id = $1", [world.people.a1]))[0].n).toBe(1);
    expect(await failure(reminders.remind(expert.actor, world.c2.id, requirementId))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows an expert the requirements that cover their unit, and refuses the expert of another unit their report', async () => {
    expect((await ctx.get(UnitExpertService).mine(expert.actor)).map((unit) => unit.id)).toEqual([world.c1.id]);
    expect(await ctx.get(UnitExpertService).mine(world.learner)).toEqual([]);
    const listed = await ctx.get(TrainingRequirementService).list(expert.actor);
    expect(listed.map((view) => view.requirement.id)).toContain(requirementId);
    const neighbour = await createTestUser(db, { orgUnitId: world.c2.id, withPassword: false });
    await ctx.get(UnitExpertService).appoint(world.admin, world.c2.id, neighbour.id);
    expect(await failure(ctx.get(ComplianceReportService).report(neighbour.actor, requirementId, world.c1.id))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect((await ctx.get(ComplianceReportService).report(neighbour.actor, requirementId, null)).total).toMatchObject({ orgUnitId: world.c2.id });
    const outside = await createTestOrgUnit(db);
    const faraway = await createTestUser(db, { orgUnitId: outside.id, withPassword: false });
    await ctx.get(UnitExpertService).appoint(world.admin, outside.id, faraway.id);
    expect((await ctx.get(TrainingRequirementService).list(faraway.actor)).map((view) => view.requirement.id)).not.toContain(requirementId);
    expect(await failure(ctx.get(TrainingRequirementService).list(world.learner))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes one snapshot per unit and day, again the same day without a second row, and gives the trend to who may read the unit', async () => {
    const snapshots = ctx.get(ComplianceSnapshotService);
    await snapshots.take();
    await db.query("UPDATE compliance_snapshot SET completed = 0 WHERE org_unit_id = $1", [world.d2.id]);
    await snapshots.take();
    const rows: Array<{ n: number }> = await db.query('SELECT count(*)::int AS n FROM compliance_snapshot WHERE org_unit_id = $1', [world.d2.id]);
    expect(rows[0].n).toBe(1);
    const trend = await snapshots.trend(world.admin, world.d2.id, 30);
    expect(trend).toHaveLength(1);
    expect(trend[0]).toMatchObject({ completed: 1, rate: 1 });
    expect(await failure(snapshots.trend(world.d1Manager, world.d2.id, 30))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(snapshots.trend(world.admin, world.d2.id, 0))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});
