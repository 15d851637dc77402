import type { DataSource } from 'typeorm';
import { notificationText } from '../notifications/notification-text';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { MyTrainingRequirementsService } from './my-training-requirements.service';
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
    let requirements: TrainingRequirementService;
    ({ ctx, db, reminders, requirements, world, courseId } = await reminderTestWorld());
    course = (await requirements.create(world.admin, { title: 'An toàn thông tin', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], courseId, dueAt: at(20) })).requirement.id;
    hours = (await requirements.create(world.admin, { title: 'Bốn giờ kỹ năng số', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], hours: 4, dueAt: at(20) })).requirement.id;
    await ctx.get(RequirementEnrolmentService).evaluate(null);
  });
  afterAll(() => ctx.close());

  const digestsOf = (userId: string) => digestLinesOf(db, userId);

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

/** A context on a small province of its own with one published course, for the reminder tests. */
async function reminderTestWorld() {
  const ctx = await createTestingContext([ComplianceModule]);
  const db = ctx.dataSource;
  return {
    ctx,
    db,
    reminders: ctx.get(RequirementReminderService),
    requirements: ctx.get(TrainingRequirementService),
    world: await createComplianceWorld(db),
    courseId: await createPublishedCourse(db, 1),
  };
}

/** The reminder digests of one person, oldest first, as they read them in Vietnamese: the lines under the first sentence. */
async function digestLinesOf(db: DataSource, userId: string): Promise<string[]> {
  const rows: Array<{ kind: string; params: Record<string, string | number> }> = await db.query(`SELECT kind, params FROM notification WHERE user_id = $1 AND kind = 'requirement.reminders' ORDER BY created_at, id`, [userId]);
  return rows.map((row) => notificationText(row, 'vi').body.split('\n').slice(1).join('\n'));
}

describe('renewal reminders of met recurring requirements (PostgreSQL, "now" controlled)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let reminders: RequirementReminderService;
  let world: ComplianceWorld;
  const t0 = Date.now();
  const at = (days: number) => new Date(t0 + days * DAY);
  /** A completion that expires after `days`, under a recurrence of 12 months. */
  const expiringIn = (days: number) => {
    const completed = at(days);
    completed.setUTCMonth(completed.getUTCMonth() - 12);
    return completed;
  };
  const expiry = due(at(40));
  let courseId: string;
  const lines = async (userId: string) => (await digestLinesOf(db, userId)).map((digest) => digest.split('\n').sort());

  beforeAll(async () => {
    let requirements: TrainingRequirementService;
    ({ ctx, db, reminders, requirements, world, courseId } = await reminderTestWorld());
    const recurring = { orgUnitId: world.province.id, audiences: ['OFFICIAL' as const], courseId, dueAt: at(1), recurrenceMonths: 12 };
    await requirements.create(world.admin, { ...recurring, title: 'Cửa sổ 30 ngày', renewalWindowDays: 30 });
    await requirements.create(world.admin, { ...recurring, title: 'Cửa sổ 7 ngày', renewalWindowDays: 7 });
    await requirements.create(world.admin, { ...recurring, title: 'Không có cửa sổ' });
    for (const person of [world.people.a1, world.people.b1, world.people.d2]) await completeCourse(db, person, courseId, expiringIn(40));
    await completeCourse(db, world.people.a2, courseId, expiringIn(20));
    await ctx.get(ReminderPreferenceService).set({ userId: world.people.b1, grants: [] }, { muteOptional: true });
    await ctx.get(RequirementEnrolmentService).evaluate(null);
  });
  afterAll(() => ctx.close());

  it('shows the person each met recurring requirement with its expiry, to renew once its window has opened', async () => {
    const mine = await ctx.get(MyTrainingRequirementsService).list({ userId: world.people.a2, grants: [] });
    // To renew first; the others as they come.
    expect(mine.map((item) => [item.requirement.title, item.state, item.dueForRenewal])[0]).toEqual(['Cửa sổ 30 ngày', 'COMPLETED', true]);
    expect(mine.slice(1).map((item) => [item.requirement.title, item.state, item.dueForRenewal]).sort()).toEqual([
      ['Cửa sổ 7 ngày', 'COMPLETED', false],
      ['Không có cửa sổ', 'COMPLETED', false],
    ]);
    const [thirty] = mine;
    expect(thirty.expiresAt?.getTime()).toBe(thirty.dueAt.getTime());
    expect(due(thirty.expiresAt as Date)).toBe(due(at(20)));
    expect(thirty.renewalOpensAt?.getTime()).toBe((thirty.expiresAt as Date).getTime() - 30 * DAY);
    const withoutWindow = mine.find((item) => item.requirement.title === 'Không có cửa sổ');
    expect(withoutWindow).toMatchObject({ renewalOpensAt: null, dueForRenewal: false });
    expect(withoutWindow?.expiresAt).toBeInstanceOf(Date);
    const notYet = await ctx.get(MyTrainingRequirementsService).list({ userId: world.people.a1, grants: [] });
    expect(notYet.every((item) => !item.dueForRenewal && item.state === 'COMPLETED')).toBe(true);
  });

  it('reminds when the window opens, then 14 and 3 days before the expiry inside the window, and overdue once expired', async () => {
    await reminders.run(at(5));
    expect(await lines(world.people.a1)).toEqual([]); // no window open yet, nothing assigned: all met
    await reminders.run(at(10.5));
    await reminders.run(at(10.6));
    expect(await lines(world.people.a1)).toEqual([[`• Đã đến lúc học lại "Cửa sổ 30 ngày": kết quả của bạn hết hiệu lực ngày ${expiry}`]]);
    expect(await lines(world.people.b1)).toEqual([[`• Đã đến lúc học lại "Cửa sổ 30 ngày": kết quả của bạn hết hiệu lực ngày ${expiry}`]]);

    await reminders.run(at(26.5));
    expect((await lines(world.people.a1)).at(-1)).toEqual([`• Còn khoảng hai tuần để học lại "Cửa sổ 30 ngày": hết hiệu lực ngày ${expiry}`]);
    expect(await lines(world.people.b1)).toHaveLength(1); // the optional 14-day reminder is muted, the window's opening is not

    // d2 renews: the next cycle's window is a year away.
    await completeCourse(db, world.people.d2, courseId, at(30));
    await reminders.run(at(33.5));
    expect((await lines(world.people.a1)).at(-1)).toEqual([`• Đã đến lúc học lại "Cửa sổ 7 ngày": kết quả của bạn hết hiệu lực ngày ${expiry}`]);
    expect((await lines(world.people.b1)).at(-1)).toEqual([`• Đã đến lúc học lại "Cửa sổ 7 ngày": kết quả của bạn hết hiệu lực ngày ${expiry}`]);
    expect(await lines(world.people.d2)).toHaveLength(2);

    await reminders.run(at(37.5));
    expect((await lines(world.people.a1)).at(-1)).toEqual([
      `• Chỉ còn vài ngày để học lại "Cửa sổ 30 ngày": hết hiệu lực ngày ${expiry}`,
      `• Chỉ còn vài ngày để học lại "Cửa sổ 7 ngày": hết hiệu lực ngày ${expiry}`,
    ]);
    await reminders.run(at(40.5));
    await reminders.run(at(41.5));
    expect(await lines(world.people.a1)).toHaveLength(5);
    expect((await lines(world.people.a1)).at(-1)).toEqual(['Cửa sổ 30 ngày', 'Cửa sổ 7 ngày', 'Không có cửa sổ'].map((title) => `• Quá hạn: "${title}", hạn ${expiry}`));
    expect(await lines(world.people.d2)).toHaveLength(2);
    const renewals: Array<{ kind: string; n: number }> = await db.query(
      `SELECT kind, count(*)::int AS n FROM requirement_reminder_sent WHERE user_id = $1 AND recipient_id = $1 GROUP BY kind ORDER BY kind`,
      [world.people.a1],
    );
    expect(renewals).toEqual([{ kind: 'DUE_14', n: 1 }, { kind: 'DUE_3', n: 2 }, { kind: 'OVERDUE', n: 3 }, { kind: 'RENEWAL', n: 2 }]);
  });
});

function due(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
