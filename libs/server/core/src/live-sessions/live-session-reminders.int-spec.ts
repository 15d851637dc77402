import { getQueueToken } from '@nestjs/bullmq';
import { type MailJob, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { notificationText } from '../notifications/notification-text';
import { createTestUser } from '../test-support/fixtures';
import { liveSessionTestCommand } from '../test-support/live-session-command';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { LiveSessionCancellationService } from './live-session-cancellation.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionReminderService } from './live-session-reminder.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionsModule } from './live-sessions.module';
import { inVietnam } from './vietnam-time';

const HOUR = 3_600_000;

describe('reminders before a live session (PostgreSQL, "now" controlled)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let sessions: LiveSessionService;
  let registrations: LiveSessionRegistrationService;
  let reminders: LiveSessionReminderService;
  let config: AppConfig;
  let trainer: Actor;

  const person = async () => createTestUser(db, { withPassword: false });
  /** A session starting `hours` from now, its registrants registered now. */
  const sessionIn = async (hours: number, people: ReadonlyArray<{ actor: Actor }>, overrides: Parameters<typeof liveSessionTestCommand>[0] = {}) => {
    const startsAt = new Date(Date.now() + hours * HOUR);
    const { session } = await sessions.create(trainer, liveSessionTestCommand({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), ...overrides }));
    for (const { actor } of people) await registrations.register(actor, session.id);
    return session;
  };
  /** The session's reminders to a person, oldest first: kind, and the Vietnamese and English texts. */
  const remindersOf = async (sessionId: string, userId: string) => {
    const rows: Array<{ kind: string; params: Record<string, string> }> = await db.query(
      `SELECT kind, params FROM notification WHERE user_id = $1 AND kind LIKE 'live-session.reminder-%' AND params->>'sessionId' = $2 ORDER BY created_at, id`,
      [userId, sessionId],
    );
    return rows.map((row) => ({ kind: row.kind, vi: notificationText(row, 'vi'), en: notificationText(row, 'en'), params: row.params }));
  };
  const kindsOf = async (sessionId: string, userId: string) => (await remindersOf(sessionId, userId)).map((reminder) => reminder.kind);

  beforeAll(async () => {
    ctx = await createTestingContext([LiveSessionsModule]);
    db = ctx.dataSource;
    sessions = ctx.get(LiveSessionService);
    registrations = ctx.get(LiveSessionRegistrationService);
    reminders = ctx.get(LiveSessionReminderService);
    config = ctx.get<AppConfig>(APP_CONFIG);
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
  });
  afterAll(() => ctx.close());

  it('tells each registrant the day before and the hour before, once, with when, where and the calendar link, and mails it when SMTP is set', async () => {
    const [first, second, gaveBack] = await Promise.all([person(), person(), person()]);
    const session = await sessionIn(30, [first, second, gaveBack], { place: 'Hội trường UBND xã Tân Thạch', onlineUrl: 'https://meet.example.vn/tap-huan' });
    await registrations.cancel(gaveBack.actor, session.id);
    const startsAt = session.startsAt.getTime();

    await reminders.run(new Date(startsAt - 25 * HOUR));
    expect(await kindsOf(session.id, first.id)).toEqual([]);
    const smtpHost = config.SMTP_HOST;
    Object.assign(config, { SMTP_HOST: 'smtp.test.invalid' });
    try {
      // Two runs at once, and one again: each reminder is recorded once, by the database.
      const sent = await Promise.all([reminders.run(new Date(startsAt - 23.9 * HOUR)), reminders.run(new Date(startsAt - 23.9 * HOUR))]);
      expect(sent.reduce((sum, count) => sum + count, 0)).toBe(2);
    } finally {
      Object.assign(config, { SMTP_HOST: smtpHost });
    }
    expect(await reminders.run(new Date(startsAt - 20 * HOUR))).toBe(0);
    expect(await kindsOf(session.id, gaveBack.id)).toEqual([]);
    const [day] = await remindersOf(session.id, first.id);
    const page = `${publicUrlOf(config)}/sessions/${session.id}`;
    expect(day.kind).toBe('live-session.reminder-day');
    expect(day.vi.title).toBe(`Lịch buổi học sắp tới: ${session.title}`);
    expect(day.vi.body).toBe(
      [
        `Buổi "${session.title}" mà bạn đã đăng ký bắt đầu lúc ${inVietnam(session.startsAt)} (giờ Việt Nam).`,
        'Địa điểm: Hội trường UBND xã Tân Thạch',
        'Tham gia trực tuyến: https://meet.example.vn/tap-huan',
        `Trang buổi học: ${page}`,
        `Thêm vào lịch (tệp .ics): ${page}?calendar=ics`,
      ].join('\n'),
    );
    expect(day.en.title).toBe(`Coming up: ${session.title}`);
    expect(day.en.body).toContain(`starts at ${inVietnam(session.startsAt)} (Vietnam time).\nPlace: Hội trường UBND xã Tân Thạch\nJoin online: https://meet.example.vn/tap-huan`);
    const mails = (await ctx.get<Queue<MailJob>>(getQueueToken(QUEUES.mail)).getJobs(['waiting', 'active', 'completed', 'delayed', 'failed'])).map((job) => job.data);
    for (const registrant of [first, second]) {
      const mine = mails.filter((mail) => mail.to === registrant.email);
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toBe(`HocSo: Lịch buổi học sắp tới: ${session.title} / Coming up: ${session.title}`);
      expect(mine[0].text).toContain(`Thêm vào lịch (tệp .ics): ${page}?calendar=ics`);
    }

    await reminders.run(new Date(startsAt - 0.9 * HOUR));
    await reminders.run(new Date(startsAt - 0.5 * HOUR));
    for (const registrant of [first, second]) expect(await kindsOf(session.id, registrant.id)).toEqual(['live-session.reminder-day', 'live-session.reminder-hour']);
    expect((await remindersOf(session.id, second.id))[1].vi.title).toBe(`Buổi học sắp bắt đầu: ${session.title}`);
    expect(await reminders.run(new Date(startsAt + 0.5 * HOUR))).toBe(0);
    await expect(db.query(`INSERT INTO live_session_reminder_sent (session_id, user_id, kind, starts_at) VALUES ($1, $2, 'HOUR_BEFORE', $3)`, [session.id, first.id, session.startsAt])).rejects.toThrow(/duplicate key/);
  });

  it('tells a person who registered after a reminder\'s moment only the reminders still to come', async () => {
    const late = await person();
    const session = await sessionIn(10, [late]);
    const startsAt = session.startsAt.getTime();
    expect(await reminders.run(new Date(startsAt - 9 * HOUR))).toBe(0);
    await reminders.run(new Date(startsAt - 0.8 * HOUR));
    expect(await kindsOf(session.id, late.id)).toEqual(['live-session.reminder-hour']);
  });

  it('tells nobody of a cancelled session', async () => {
    const registrant = await person();
    const session = await sessionIn(30, [registrant]);
    await ctx.get(LiveSessionCancellationService).cancel(trainer, session.id, 'Trùng lịch họp');
    await reminders.run(new Date(session.startsAt.getTime() - 23 * HOUR));
    await reminders.run(new Date(session.startsAt.getTime() - 0.5 * HOUR));
    expect(await kindsOf(session.id, registrant.id)).toEqual([]);
  });

  it('reminds at the new time of a session moved, not at the old one', async () => {
    const registrant = await person();
    const session = await sessionIn(30, [registrant]);
    const oldStart = session.startsAt.getTime();
    await reminders.run(new Date(oldStart - 23 * HOUR));
    await db.query(`UPDATE live_session SET starts_at = starts_at + interval '2 days', ends_at = ends_at + interval '2 days' WHERE id = $1`, [session.id]);
    const newStart = oldStart + 48 * HOUR;
    expect(await reminders.run(new Date(oldStart - 0.5 * HOUR))).toBe(0);
    await reminders.run(new Date(newStart - 23 * HOUR));
    await reminders.run(new Date(newStart - 0.5 * HOUR));
    const told = await remindersOf(session.id, registrant.id);
    expect(told.map((reminder) => reminder.kind)).toEqual(['live-session.reminder-day', 'live-session.reminder-day', 'live-session.reminder-hour']);
    expect(told.map((reminder) => reminder.params.startsAt)).toEqual([inVietnam(new Date(oldStart)), inVietnam(new Date(newStart)), inVietnam(new Date(newStart))]);
  });
});
