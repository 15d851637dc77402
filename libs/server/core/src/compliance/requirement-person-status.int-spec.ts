import type { DataSource } from 'typeorm';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { ComplianceReportService } from './compliance-report.service';
import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { LevelReportService } from './reports/level-report.service';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { RequirementStatusRefresher } from './requirement-status-refresher';
import { currentRequirementStatusSql, LIVE_REQUIREMENT_STATUS_SQL } from './requirement-status-sql';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { UnitPeopleService } from './unit-people.service';
import type { SummaryFreshness } from './person-summary-sql';
import { everyRequirementUnitFiguresSql } from './unit-summary-sql';

const DAY = 86_400_000;

describe('Stored standings of covered people (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let world: ComplianceWorld;
  let requirementIds: string[];
  let courseX: string;

  const inWorld = () => `r.org_unit_id IN (SELECT id FROM org_unit WHERE path LIKE '${world.province.path}%')`;

  /**
   * The levels the migrations create. Another suite adds and removes a level of its own while this one runs, and the
   * level table is shared, so the level reports are compared on these rows only.
   */
  const MIGRATED_LEVELS = new Set(['PROVINCE_OFFICIALS', 'DISTRICT_OFFICIALS', 'PUBLIC_SERVICE_HEADS']);

  /** Every report of the province, over all requirements and each one, and every unit's drill down. */
  async function everyReport(): Promise<unknown> {
    const reports = ctx.get(ComplianceReportService);
    const levels = ctx.get(LevelReportService);
    const people = ctx.get(UnitPeopleService);
    const units = [world.province, world.d1, world.c1, world.c2, world.d2];
    const figures: unknown[] = [];
    for (const requirementId of [null, ...requirementIds]) {
      for (const unit of units) {
        figures.push(await reports.report(world.admin, requirementId, unit.id));
        figures.push((await levels.report(world.admin, requirementId, unit.id)).rows.filter((row) => MIGRATED_LEVELS.has(row.level.code)));
        figures.push(await people.page(world.admin, { orgUnitId: unit.id, requirementId, offset: 0, limit: 100 }));
      }
    }
    return figures;
  }

  async function markEveryRequirementStale(): Promise<void> {
    await db.query(`INSERT INTO requirement_status_stale_requirement (requirement_id) SELECT id FROM unnest($1::uuid[]) AS id ON CONFLICT DO NOTHING`, [requirementIds]);
  }

  async function storedCount(): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await db.query('SELECT count(*)::int AS n FROM requirement_person_status WHERE requirement_id = ANY ($1::uuid[])', [requirementIds]);
    return n;
  }

  /** The figures over every requirement of the world's units by path and position, read as `freshness` allows. */
  async function unitFigures(freshness: SummaryFreshness): Promise<unknown[]> {
    return db.query(
      `WITH ${scopedRequirementCte('true')}
       SELECT user_path, position, sum(required)::int AS required, sum(completed)::int AS completed, sum(overdue)::int AS overdue,
         sum(covered)::int AS covered, sum(recognised_completed)::int AS recognised_completed, sum(recognised_overdue)::int AS recognised_overdue
       FROM (${everyRequirementUnitFiguresSql(freshness, '$1::text')}) f GROUP BY user_path, position ORDER BY 1, 2`,
      [world.province.path],
    );
  }

  /** The same figures from every standing, and from the summaries (as the reports read them while no requirement of the world is marked). */
  async function expectSummariesToMatchStandings(freshness: SummaryFreshness): Promise<void> {
    const fromStandings = await unitFigures('requirements-stale');
    expect(fromStandings.length).toBeGreaterThan(2);
    expect(await unitFigures(freshness)).toEqual(fromStandings);
    expect(await unitFigures('unknown')).toEqual(fromStandings);
  }

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    world = await createComplianceWorld(db);
    courseX = await createPublishedCourse(db, 3);
    const courseY = await createPublishedCourse(db, 2);
    const [{ id: trackId }]: Array<{ id: string }> = await db.query(`INSERT INTO track (code, title, description) VALUES ('ST-' || substr(md5(random()::text), 1, 8), 'Lộ trình', 'Mô tả') RETURNING id`);
    await db.query('INSERT INTO course_track (course_id, track_id, mandatory, position) VALUES ($1, $2, true, 1), ($3, $2, false, 2)', [courseX, trackId, courseY]);
    const insert = async (values: Record<string, unknown>) => {
      const columns = Object.keys(values);
      const [{ id }]: Array<{ id: string }> = await db.query(
        `INSERT INTO training_requirement (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        Object.values(values),
      );
      return id;
    };
    const future = new Date(Date.now() + 30 * DAY);
    const past = new Date(Date.now() - 10 * DAY);
    requirementIds = [
      await insert({ title: 'Khóa', org_unit_id: world.province.id, audiences: ['OFFICIAL'], course_id: courseX, due_at: future }),
      await insert({ title: 'Khóa đã quá hạn', org_unit_id: world.d1.id, audiences: [], course_id: courseY, due_at: past }),
      await insert({ title: 'Lộ trình', org_unit_id: world.d1.id, audiences: ['OFFICIAL', 'CITIZEN'], track_id: trackId, due_at: past }),
      await insert({ title: 'Giờ học', org_unit_id: world.province.id, audiences: [], hours: 4, due_at: past }),
      await insert({ title: 'Giờ học định kỳ', org_unit_id: world.province.id, audiences: ['OFFICIAL'], hours: 3, recurrence_months: 12, due_at: past }),
      await insert({ title: 'Khóa định kỳ', org_unit_id: world.d1.id, audiences: ['OFFICIAL'], course_id: courseY, recurrence_months: 6, due_at: past }),
      await insert({ title: 'Hạn tương đối', org_unit_id: world.province.id, audiences: [], course_id: courseY, due_at: past, due_within_days: 20 }),
    ];
    const { a1, a2, a3, b1, d2, p1 } = world.people;
    await completeCourse(db, a1, courseX, new Date(Date.now() - 400 * DAY));
    await completeCourse(db, a1, courseY, new Date(Date.now() - 200 * DAY));
    await completeCourse(db, a2, courseY, new Date(Date.now() - 20 * DAY));
    await completeCourse(db, b1, courseX, new Date(Date.now() - 5 * DAY));
    await db.query(`INSERT INTO enrollment (user_id, course_id, course_version_id, progress) SELECT $1, id, live_version_id, 0.4 FROM course WHERE id = $2`, [a3, courseX]);
    await db.query(
      `INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status) VALUES
       ($1, 'Chứng chỉ', 'Sở', 2, now() - interval '30 days', 'APPROVED'), ($2, 'Chứng chỉ', 'Sở', 5, now() - interval '500 days', 'APPROVED'),
       ($3, 'Chứng chỉ', 'Sở', 5, now() - interval '3 days', 'PENDING')`,
      [d2, p1, a2],
    );
    await db.query(`INSERT INTO requirement_exemption (requirement_id, user_id, reason) VALUES ($1, $2, 'Nghỉ thai sản')`, [requirementIds[1], b1]);
    await db.query(`INSERT INTO requirement_extension (requirement_id, user_id, due_at, reason) VALUES ($1, $2, now() + interval '15 days', 'Đi công tác')`, [requirementIds[2], a2]);
    await ctx.get(RequirementEnrolmentService).evaluate(null);
  });
  afterAll(() => ctx.close());

  it('stores one row per covered person and requirement, the same as computed from the live tables', async () => {
    const withScope = `WITH ${scopedRequirementCte(inWorld())}`;
    const live: unknown[] = await db.query(
      `${withScope}, covered AS (${coveredPeopleSql()})
       SELECT requirement_id, user_id, user_path, met, recognised_met, completed_at, base_due_at, due_at, extended, exempt, started FROM (${LIVE_REQUIREMENT_STATUS_SQL}) s ORDER BY 1, 2`,
    );
    const stored: unknown[] = await db.query(`${withScope} SELECT * FROM (${currentRequirementStatusSql()}) s ORDER BY 1, 2`);
    expect(live.length).toBeGreaterThan(20);
    expect(stored).toEqual(live);
    expect(await storedCount()).toBe(live.length);
  });

  it('gives every report the same figures from the stored rows as from the live tables', async () => {
    await markEveryRequirementStale();
    const computedLive = await everyReport();
    await ctx.get(RequirementStatusRefresher).refreshStale();
    expect(await everyReport()).toEqual(computedLive);
  });

  it('counts a change at once, before the worker refreshes the rows, and the same after', async () => {
    await ctx.get(RequirementStatusRefresher).refreshStale();
    const reports = ctx.get(ComplianceReportService);
    const before = await reports.report(world.admin, requirementIds[0], world.c1.id);
    await completeCourse(db, world.people.a2, courseX);
    const after = await reports.report(world.admin, requirementIds[0], world.c1.id);
    expect(after.total.completed).toBe(before.total.completed + 1);
    await ctx.get(RequirementStatusRefresher).refreshStale();
    expect(await reports.report(world.admin, requirementIds[0], world.c1.id)).toEqual(after);
  });

  it('moves a person out of a requirement when they change unit, and removes their rows when refreshed', async () => {
    const reports = ctx.get(ComplianceReportService);
    const before = await reports.report(world.admin, requirementIds[1], world.d1.id);
    await db.query('UPDATE app_user SET org_unit_id = $2 WHERE id = $1', [world.people.a3, world.d2.id]);
    expect((await reports.report(world.admin, requirementIds[1], world.d1.id)).total.required).toBe(before.total.required - 1);
    await ctx.get(RequirementStatusRefresher).refreshStale();
    const [{ n }]: Array<{ n: number }> = await db.query('SELECT count(*)::int AS n FROM requirement_person_status WHERE user_id = $1 AND requirement_id = $2', [world.people.a3, requirementIds[1]]);
    expect(n).toBe(0);
    expect((await reports.report(world.admin, requirementIds[1], world.d1.id)).total.required).toBe(before.total.required - 1);
  });

  it('sums up every person and unit over every requirement as their standings do, when refreshed and while people are marked', async () => {
    await ctx.get(RequirementStatusRefresher).refreshStale();
    await expectSummariesToMatchStandings('current');
    await completeCourse(db, world.people.b1, courseX);
    await db.query(`INSERT INTO requirement_exemption (requirement_id, user_id, reason) VALUES ($1, $2, 'Nghỉ phép')`, [requirementIds[3], world.people.p1]);
    await db.query('UPDATE app_user SET org_unit_id = $2 WHERE id = $1', [world.people.d2, world.c2.id]);
    await expectSummariesToMatchStandings('people-stale');
    await ctx.get(RequirementStatusRefresher).refreshStale();
    const [{ n }]: Array<{ n: number }> = await db.query('SELECT count(*)::int AS n FROM requirement_person_summary WHERE user_path LIKE $1', [`${world.province.path}%`]);
    expect(n).toBe(Object.keys(world.people).length);
    await expectSummariesToMatchStandings('current');
  });

  it('counts a unit from its people once a due date among them has passed, then stores it again', async () => {
    await ctx.get(RequirementStatusRefresher).refreshStale();
    const before = await unitFigures('requirements-stale');
    // The unit rows as they would be had they been counted before a due date: wrong now, and past their `valid_until`.
    await db.query("UPDATE requirement_unit_summary SET overdue = overdue + 5, valid_until = now() - interval '1 second' WHERE user_path LIKE $1", [`${world.province.path}%`]);
    expect(await unitFigures('current')).toEqual(before);
    await ctx.get(RequirementStatusRefresher).refreshStale();
    const [{ expired }]: Array<{ expired: number }> = await db.query('SELECT count(*)::int AS expired FROM requirement_unit_summary WHERE user_path LIKE $1 AND valid_until <= now()', [`${world.province.path}%`]);
    expect(expired).toBe(0);
    await expectSummariesToMatchStandings('current');
  });

  it('places a person by the position they hold now, and leaves out a requirement removed', async () => {
    await ctx.get(RequirementStatusRefresher).refreshStale();
    await db.query("UPDATE app_user SET position = 'Giám đốc' WHERE id = $1", [world.people.a1]);
    const [{ marked }]: Array<{ marked: number }> = await db.query('SELECT count(*)::int AS marked FROM requirement_status_stale_person WHERE user_id = $1', [world.people.a1]);
    expect(marked).toBe(1);
    await expectSummariesToMatchStandings('people-stale');
    const removed = requirementIds.pop() as string;
    await db.query('DELETE FROM training_requirement WHERE id = $1', [removed]);
    await expectSummariesToMatchStandings('people-stale');
    await ctx.get(RequirementStatusRefresher).refreshStale();
    await expectSummariesToMatchStandings('current');
  });

  it('recomputes a row once its recurrence runs out, without any change to mark it', async () => {
    await db.query("UPDATE requirement_person_status SET valid_until = now() - interval '1 second', met = NOT met WHERE requirement_id = $1", [requirementIds[5]]);
    await markEveryRequirementStale();
    const live = await everyReport();
    await ctx.get(RequirementStatusRefresher).refreshStale();
    await db.query("UPDATE requirement_person_status SET valid_until = now() - interval '1 second', met = NOT met WHERE requirement_id = $1", [requirementIds[5]]);
    expect(await everyReport()).toEqual(live);
  });
});
