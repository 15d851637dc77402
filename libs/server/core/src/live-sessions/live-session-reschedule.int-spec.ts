import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { createTestUser } from '../test-support/fixtures';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { liveSessionTestCommand } from '../test-support/live-session-command';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { LiveSessionCancellationService } from './live-session-cancellation.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionReminderService } from './live-session-reminder.service';
import { LiveSessionRescheduleService } from './live-session-reschedule.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionsModule } from './live-sessions.module';

const HOUR = 3_600_000;

describe('moving a live session to another time or place (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let sessions: LiveSessionService;
  let registrations: LiveSessionRegistrationService;
  let reschedules: LiveSessionRescheduleService;
  let trainer: Actor;
  let otherTrainer: Actor;

  const person = async () => (await createTestUser(db, { withPassword: false })).actor;
  const base = Date.now() + 30 * HOUR;
  const tomorrow = (hours = 0) => new Date(base + hours * HOUR);
  const told = async (sessionId: string) =>
    (await db.query(`SELECT user_id, params FROM notification WHERE kind = 'live-session.rescheduled' AND params->>'sessionId' = $1`, [sessionId])) as Array<{
      user_id: string;
      params: Record<string, string>;
    }>;

  beforeAll(async () => {
    ctx = await createTestingContext([LiveSessionsModule]);
    db = ctx.dataSource;
    sessions = ctx.get(LiveSessionService);
    registrations = ctx.get(LiveSessionRegistrationService);
    reschedules = ctx.get(LiveSessionRescheduleService);
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
  });
  afterAll(() => ctx.close());

  it('moves the session for its organiser, tells each registrant the new and old time once', async () => {
    const { session } = await sessions.create(trainer, liveSessionTestCommand({ startsAt: tomorrow(), endsAt: tomorrow(3) }));
    const [first, second] = await Promise.all([person(), person()]);
    await registrations.register(first, session.id);
    await registrations.register(second, session.id);
    expect(await failure(reschedules.reschedule(otherTrainer, session.id, { startsAt: tomorrow(24), endsAt: tomorrow(27) }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(reschedules.reschedule(first, session.id, { startsAt: tomorrow(24), endsAt: tomorrow(27) }))).toMatchObject({ code: 'FORBIDDEN' });

    const moved = await reschedules.reschedule(trainer, session.id, { startsAt: tomorrow(24), endsAt: tomorrow(27), place: null, onlineUrl: 'https://meet.jit.si/tap-huan-xa' });
    expect(moved.session).toMatchObject({ startsAt: tomorrow(24), place: null, onlineUrl: 'https://meet.jit.si/tap-huan-xa' });
    const notes = await told(session.id);
    expect(notes.map((note) => note.user_id).sort()).toEqual([first.userId, second.userId].sort());
    expect(notes[0]?.params).toMatchObject({ sessionTitle: session.title, where: 'https://meet.jit.si/tap-huan-xa' });
    expect(notes[0]?.params['startsAt']).not.toBe(notes[0]?.params['previousStartsAt']);
    // The same time and place again: nobody is told twice.
    await reschedules.reschedule(trainer, session.id, { startsAt: tomorrow(24), endsAt: tomorrow(27), onlineUrl: 'https://meet.jit.si/tap-huan-xa' });
    expect(await told(session.id)).toHaveLength(2);
  });

  it('reminds the registrants at the new start, not the old one', async () => {
    const { session } = await sessions.create(trainer, liveSessionTestCommand({ startsAt: new Date(Date.now() + 20 * HOUR), endsAt: new Date(Date.now() + 22 * HOUR) }));
    const registrant = await person();
    await db.query(`INSERT INTO live_session_registration (session_id, user_id, registered_at) VALUES ($1, $2, now() - interval '3 days')`, [session.id, registrant.userId]);
    const reminders = ctx.get(LiveSessionReminderService);
    const remindedAbout = async () =>
      (await db.query(`SELECT kind, starts_at FROM live_session_reminder_sent WHERE session_id = $1 AND user_id = $2 ORDER BY starts_at`, [session.id, registrant.userId])) as Array<{ kind: string; starts_at: Date }>;
    await reminders.run();
    expect(await remindedAbout()).toHaveLength(1);

    const later = new Date(Date.now() + 50 * HOUR);
    await reschedules.reschedule(trainer, session.id, { startsAt: later, endsAt: new Date(later.getTime() + 2 * HOUR), place: session.place });
    await reminders.run();
    // Not within a day of the new start yet: no reminder of it, and none again of the old start.
    expect(await remindedAbout()).toHaveLength(1);
    await reminders.run(new Date(later.getTime() - 20 * HOUR));
    const sent = await remindedAbout();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.starts_at.getTime()).toBe(Math.trunc(later.getTime()));
  });

  it('refuses a start in the past, an end before the start, no place, a cancelled, attended or finished session, and writes nothing', async () => {
    const { session } = await sessions.create(trainer, liveSessionTestCommand({ startsAt: tomorrow(), endsAt: tomorrow(2), allowWalkIn: true }));
    expect(await failure(reschedules.reschedule(trainer, session.id, { startsAt: new Date(Date.now() - HOUR), endsAt: tomorrow(2) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'liveSessions.rescheduleToPast' });
    expect(await failure(reschedules.reschedule(trainer, session.id, { startsAt: tomorrow(3), endsAt: tomorrow(2) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt', reason: 'liveSessions.endsBeforeStart' });
    expect(await failure(reschedules.reschedule(trainer, session.id, { startsAt: tomorrow(1), endsAt: tomorrow(2), place: ' ', onlineUrl: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'place' });
    expect((await sessions.visible(trainer, session.id)).session).toMatchObject({ startsAt: session.startsAt, place: session.place });

    const running = await sessions.create(trainer, liveSessionTestCommand({ allowWalkIn: true }));
    const checkIns = ctx.get(LiveSessionCheckInService);
    const { code } = await checkIns.currentCode(trainer, running.session.id);
    await checkIns.checkIn(await person(), running.session.id, code);
    expect(await failure(reschedules.reschedule(trainer, running.session.id, { startsAt: tomorrow(), endsAt: tomorrow(2) }))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.rescheduleAfterCheckIn' });

    const past = await sessions.create(trainer, liveSessionTestCommand({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - 2 * HOUR) }));
    expect(await failure(reschedules.reschedule(trainer, past.session.id, { startsAt: tomorrow(), endsAt: tomorrow(2) }))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.ended' });

    await ctx.get(LiveSessionCancellationService).cancel(trainer, session.id, 'Trùng lịch');
    expect(await failure(reschedules.reschedule(trainer, session.id, { startsAt: tomorrow(5), endsAt: tomorrow(6) }))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.cancelled' });
    expect(await told(session.id)).toHaveLength(0);
  });
});
