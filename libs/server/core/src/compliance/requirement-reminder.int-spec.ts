import type { DataSource } from 'typeorm';
import { notificationText } from '../notifications/notification-text';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { ReminderPreferenceService } from './reminder-preference.service';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { RequirementExceptionService } from './requirement-exception.service';
import { RequirementReminderService } from './requirement-reminder.service';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from './test-support/compliance-world';
import { TrainingRequirementService } from './training-requirement.service';

const DAY = 86_400_000;

describe('RequirementReminderService (PostgreSQL, "now" controlled)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let reminders: RequirementReminderService;
  let world: ComplianceWorld;
  let courseId: string;
  let course: string;
  let hours: string;
  const t0 = Date.now();
  const at = (days: number) => new Date(t0 + days * DAY);

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    reminders = ctx.get(RequirementReminderService);
    const requirements = ctx.get(TrainingRequirementService);
    world = await createComplianceWorld(db);
    courseId = await createPublishedCourse(db, 1);
    course = (await requirements.create(world.admin, { title: 'An toàn thông tin', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], courseId, dueAt: at(20) })).requirement.id;
    hours = (await requirements.create(world.admin, { title: 'Bốn giờ kỹ năng số', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], hours: 4, dueAt: at(20) })).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(null);
  });
  afterAll(() => ctx.close());

  /** The reminder digests of one person, oldest first, as they read them in Vietnamese. */
  const digestsOf = async (userId: string) => {
    const rows: Array<{ kind: string; params: Record<string, string | number> }> = await db.query(`SELECT kind, params FROM notification WHERE user_id = $1 AND kind = 'requirement.reminders' ORDER BY created_at, id`, [userId]);
    // The lines under the digest's first sentence.
    return rows.map((row) => notificationText(row, 'vi').body.split('\n').slice(1).join('\n'));
  };

  it('tells each newly covered person once, in one digest listing every requirement assigned that day', async () => {
    // A quarter of an hour on: after the coverage was recorded.
    await reminders.run(at(0.01));
    await reminders.run(at(0.02));
    for (const person of [world.people.a1, world.people.a2, world.people.b1]) {
      const digests = await digestsOf(person);
      expect(digests).toHaveLength(1);
      expect(digests[0].split('\n').sort()).toEqual([`• Bạn được giao "An toàn thông tin", hạn ${due(at(20))}`, `• Bạn được giao "Bốn giờ kỹ năng số", hạn ${due(at(20))}`].sort());
    }
    expect(await digestsOf(world.people.a3)).toEqual([]); // a citizen: not covered
  });

  it('reminds 14 and 3 days before, except those who muted optional reminders, at most once a day', async () => {
    await ctx.get(ReminderPreferenceService).set({ userId: world.people.a2, grants: [] }, { muteOptional: true });
    await completeCourse(db, world.people.a1, courseId);
    await reminders.run(at(7));
    await reminders.run(at(7.2));
    expect((await digestsOf(world.people.a1)).at(-1)).toBe(`• Còn khoảng hai tuần: "Bốn giờ kỹ năng số", hạn ${due(at(20))}`);
    expect(await digestsOf(world.people.b1)).toHaveLength(2);
    expect(await digestsOf(world.people.a2)).toHaveLength(1);
    // The next day nothing new is owed: the 14-day reminder of this cycle was sent.
    await reminders.run(at(8));
    expect(await digestsOf(world.people.b1)).toHaveLength(2);
    await reminders.run(at(18));
    expect((await digestsOf(world.people.b1)).at(-1)?.split('\n')).toHaveLength(2);
    expect((await digestsOf(world.people.b1)).at(-1)).toContain('Chỉ còn vài ngày');
    expect(await digestsOf(world.people.a2)).toHaveLength(1);
  });

  it('tells the overdue and their unit manager, in one digest each, and no one exempt, extended or done', async () => {
    const exceptions = ctx.get(RequirementExceptionService);
    await exceptions.exempt(world.admin, { requirementId: hours, userId: world.people.b1, reason: 'Đã học ở trường' });
    await exceptions.extend(world.admin, { requirementId: course, userId: world.people.a2, dueAt: at(40), reason: 'Nghỉ phép dài' });
    const outcomes = await Promise.all([reminders.run(at(21)), reminders.run(at(21))]);
    expect(outcomes.filter((outcome) => outcome.digests > 0).length).toBeGreaterThanOrEqual(1);
    expect((await digestsOf(world.people.b1)).at(-1)).toBe(`• Quá hạn: "An toàn thông tin", hạn ${due(at(20))}`);
    expect((await digestsOf(world.people.a2)).at(-1)).toBe(`• Quá hạn: "Bốn giờ kỹ năng số", hạn ${due(at(20))}`);
    expect((await digestsOf(world.people.a1)).at(-1)).toBe(`• Quá hạn: "Bốn giờ kỹ năng số", hạn ${due(at(20))}`);
    const manager = await digestsOf(world.d1Manager.userId);
    expect(manager).toHaveLength(1);
    expect(manager[0].split('\n')).toHaveLength(3);
    expect(manager[0]).toContain(`quá hạn "An toàn thông tin" (hạn ${due(at(20))})`);
    // Re-derived from PostgreSQL: the next runs, whenever they come, send none of these again.
    await reminders.run(at(22));
    await reminders.run(at(23));
    expect(await digestsOf(world.d1Manager.userId)).toHaveLength(1);
    expect(await digestsOf(world.people.b1)).toHaveLength(4);
    const sent: Array<{ n: number }> = await db.query(`SELECT count(*)::int AS n FROM requirement_reminder_sent WHERE requirement_id IN ($1, $2) AND kind = 'OVERDUE'`, [course, hours]);
    expect(sent[0].n).toBe(6); // b1, a2 (hours), a1 (hours), and the manager for each of the three
  });
});

function due(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
