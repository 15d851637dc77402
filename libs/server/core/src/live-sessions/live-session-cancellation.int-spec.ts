import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { liveSessionTestCommand } from '../test-support/live-session-command';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { LiveSessionAttendeesService } from './live-session-attendees.service';
import { LiveSessionCancellationService } from './live-session-cancellation.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';
import { allowedSessionActions } from './live-sessions-access';
import { LiveSessionsModule } from './live-sessions.module';

const HOUR = 3_600_000;

describe('cancelling a live session, its attendee list and who may organise (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let sessions: LiveSessionService;
  let registrations: LiveSessionRegistrationService;
  let checkIns: LiveSessionCheckInService;
  let cancellations: LiveSessionCancellationService;
  let attendees: LiveSessionAttendeesService;
  let trainer: Actor;
  let otherTrainer: Actor;

  const command = liveSessionTestCommand;
  const person = async (fullName = 'Người Kiểm Thử') => (await createTestUser(db, { withPassword: false, fullName })).actor;

  beforeAll(async () => {
    ctx = await createTestingContext([LiveSessionsModule]);
    db = ctx.dataSource;
    sessions = ctx.get(LiveSessionService);
    registrations = ctx.get(LiveSessionRegistrationService);
    checkIns = ctx.get(LiveSessionCheckInService);
    cancellations = ctx.get(LiveSessionCancellationService);
    attendees = ctx.get(LiveSessionAttendeesService);
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
  });
  afterAll(() => ctx.close());

  it('cancels for the organiser only, keeps who and why, tells each registrant, then refuses registration and check-in', async () => {
    const { session } = await sessions.create(trainer, command());
    const [first, second, late] = await Promise.all([person(), person(), person()]);
    await registrations.register(first as Actor, session.id);
    await registrations.register(second as Actor, session.id);
    expect(await failure(cancellations.cancel(otherTrainer, session.id, 'Trùng lịch'))).toMatchObject({ code: 'FORBIDDEN', reason: 'liveSessions.organiserOnly' });
    expect(await failure(cancellations.cancel(first as Actor, session.id, 'Trùng lịch'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(cancellations.cancel(trainer, session.id, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'liveSessions.cancelReasonEmpty' });

    const cancelled = await cancellations.cancel(trainer, session.id, '  Trùng   lịch họp  ');
    expect(cancelled.session).toMatchObject({ cancelledById: trainer.userId, cancelReason: 'Trùng lịch họp' });
    expect(cancelled.session.cancelledAt).toBeInstanceOf(Date);
    const told: Array<{ user_id: string; params: Record<string, string> }> = await db.query(
      `SELECT user_id, params FROM notification WHERE kind = 'live-session.cancelled' AND params->>'sessionId' = $1 ORDER BY user_id`,
      [session.id],
    );
    expect(told.map((row) => row.user_id).sort()).toEqual([first?.userId, second?.userId].sort());
    expect(told[0]?.params).toMatchObject({ sessionTitle: session.title, reason: 'Trùng lịch họp' });

    // Cancelling again changes nothing and tells nobody twice.
    await cancellations.cancel(trainer, session.id, 'Lý do khác');
    expect(await db.query(`SELECT count(*)::int AS n FROM notification WHERE params->>'sessionId' = $1`, [session.id])).toEqual([{ n: 2 }]);
    expect((await sessions.visible(trainer, session.id)).session.cancelReason).toBe('Trùng lịch họp');

    expect(await failure(registrations.register(late as Actor, session.id))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.cancelled' });
    expect(await failure(checkIns.checkIn(first as Actor, session.id, '000000'))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.cancelled' });
    expect(await failure(checkIns.currentCode(trainer, session.id))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.cancelled' });
  });

  it('refuses to cancel a session someone checked in at, or one that is over', async () => {
    const { session } = await sessions.create(trainer, command({ allowWalkIn: true }));
    const walker = await person();
    const { code } = await checkIns.currentCode(trainer, session.id);
    await checkIns.checkIn(walker, session.id, code);
    expect(await failure(cancellations.cancel(trainer, session.id, 'Hủy'))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.cancelAfterCheckIn' });
    const past = await sessions.create(trainer, command({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - 2 * HOUR) }));
    expect(await failure(cancellations.cancel(trainer, past.session.id, 'Hủy'))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.ended' });
  });

  it('lists registrants and walk-ins by name with the hours credited, to the organiser only', async () => {
    const { session } = await sessions.create(trainer, command({ allowWalkIn: true, creditedHours: 2.5 }));
    const [an, binh, chi] = await Promise.all([person('An Nguyễn'), person('Bình Trần'), person('Chi Lê')]);
    await registrations.register(an as Actor, session.id);
    await registrations.register(binh as Actor, session.id);
    await registrations.cancel(binh as Actor, session.id);
    const { code } = await checkIns.currentCode(trainer, session.id);
    await checkIns.checkIn(an as Actor, session.id, code);
    await checkIns.checkIn(chi as Actor, session.id, code);

    const page = await attendees.list(trainer, session.id, 50, 0);
    expect(page.totalCount).toBe(3);
    expect(page.items.map(({ fullName, registration, hours, walkIn }) => ({ fullName, registration, hours, walkIn }))).toEqual([
      { fullName: 'An Nguyễn', registration: 'REGISTERED', hours: 2.5, walkIn: false },
      { fullName: 'Bình Trần', registration: 'CANCELLED', hours: 0, walkIn: false },
      { fullName: 'Chi Lê', registration: null, hours: 2.5, walkIn: true },
    ]);
    expect(page.items[1]?.checkedInAt).toBeNull();
    expect((await attendees.list(trainer, session.id, 1, 2)).items.map((item) => item.fullName)).toEqual(['Chi Lê']);
    expect(await failure(attendees.list(an as Actor, session.id, 50, 0))).toMatchObject({ code: 'FORBIDDEN', reason: 'liveSessions.organiserOnly' });
    expect(await failure(attendees.list(trainer, session.id, 201, 0))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await failure(attendees.list(trainer, session.id, 10, -1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });

  it('offers creating cohorts and sessions to trainers and to experts still members of their unit, and to nobody else', async () => {
    const unit = await createTestOrgUnit(db);
    const expert = await createTestUser(db, { withPassword: false, orgUnitId: unit.id });
    await db.query('INSERT INTO unit_expert (org_unit_id, user_id) VALUES ($1, $2)', [unit.id, expert.id]);
    expect(await sessions.organiserActions(trainer)).toEqual(['CREATE_COHORT', 'CREATE_LIVE_SESSION']);
    expect(await sessions.organiserActions(expert.actor)).toEqual(['CREATE_COHORT', 'CREATE_LIVE_SESSION']);
    expect(await sessions.organiserActions(await person())).toEqual([]);
    await db.query('UPDATE app_user SET org_unit_id = NULL WHERE id = $1', [expert.id]);
    expect(await sessions.organiserActions(expert.actor)).toEqual([]);
  });

  it('offers moving, cancelling and the attendee list to the organiser, and nothing but the list once cancelled', () => {
    const facts = { organiserId: trainer.userId, cohortId: null, endsAt: new Date(Date.now() + HOUR), allowWalkIn: false, full: false, cancelled: false, attendedCount: 0 };
    const viewer = { registered: false, attended: false };
    expect(allowedSessionActions(trainer, facts, viewer, new Date())).toEqual(expect.arrayContaining(['VIEW_ATTENDEES', 'RESCHEDULE', 'CANCEL', 'SHOW_CHECK_IN_CODE']));
    expect(allowedSessionActions(trainer, { ...facts, attendedCount: 1 }, viewer, new Date())).not.toEqual(expect.arrayContaining(['CANCEL']));
    expect(allowedSessionActions(trainer, { ...facts, attendedCount: 1 }, viewer, new Date())).not.toEqual(expect.arrayContaining(['RESCHEDULE']));
    expect(allowedSessionActions(otherTrainer, facts, viewer, new Date())).toEqual(['REGISTER']);
    expect(allowedSessionActions(trainer, { ...facts, cancelled: true }, viewer, new Date())).toEqual(['VIEW_ATTENDEES']);
    expect(allowedSessionActions(otherTrainer, { ...facts, cancelled: true }, viewer, new Date())).toEqual([]);
  });
});
