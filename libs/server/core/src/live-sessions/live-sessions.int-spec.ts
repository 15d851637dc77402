import ICAL from 'ical.js';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { createPublishedCourse } from '../compliance/test-support/compliance-world';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { liveSessionTestCommand } from '../test-support/live-session-command';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CHECK_IN_STEP_SECONDS } from './check-in-code';
import { liveSessionCalendar } from './live-session-calendar';
import { LiveSessionAttendanceService } from './live-session-attendance.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionsModule } from './live-sessions.module';

const HOUR = 3_600_000;

describe('live sessions (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let sessions: LiveSessionService;
  let registrations: LiveSessionRegistrationService;
  let checkIns: LiveSessionCheckInService;
  let attendance: LiveSessionAttendanceService;
  let trainer: Actor;
  let learner: Actor;
  let other: Actor;

  const command = liveSessionTestCommand;

  beforeAll(async () => {
    ctx = await createTestingContext([LiveSessionsModule]);
    db = ctx.dataSource;
    sessions = ctx.get(LiveSessionService);
    registrations = ctx.get(LiveSessionRegistrationService);
    checkIns = ctx.get(LiveSessionCheckInService);
    attendance = ctx.get(LiveSessionAttendanceService);
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    learner = (await createTestUser(db, { withPassword: false })).actor;
    other = (await createTestUser(db, { withPassword: false })).actor;
  });
  afterAll(() => ctx.close());

  it('gives exactly N seats to N + 5 people registering at once', async () => {
    const seats = 10;
    const { session } = await sessions.create(trainer, command({ capacity: seats, startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR) }));
    const people = await Promise.all(Array.from({ length: seats + 5 }, async () => (await createTestUser(db, { withPassword: false })).actor));
    const outcomes = await Promise.allSettled(people.map((person) => registrations.register(person, session.id)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(seats);
    const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as { code: string; reason: string }] : []));
    expect(refusals.map(({ code, reason }) => ({ code, reason }))).toEqual(Array.from({ length: 5 }, () => ({ code: 'CONFLICT', reason: 'liveSessions.full' })));
    expect(await db.query(`SELECT count(*)::int AS n FROM live_session_registration WHERE session_id = $1 AND status = 'REGISTERED'`, [session.id])).toEqual([{ n: seats }]);
    // A seat given back is taken by the next one; registering twice keeps one seat.
    const seated = people[outcomes.findIndex((outcome) => outcome.status === 'fulfilled')] as Actor;
    const waiting = people[outcomes.findIndex((outcome) => outcome.status === 'rejected')] as Actor;
    expect((await registrations.cancel(seated, session.id)).viewer.registered).toBe(false);
    expect((await registrations.register(waiting, session.id)).registeredCount).toBe(seats);
    expect((await registrations.register(waiting, session.id)).registeredCount).toBe(seats);
  });

  it('checks in a registered attendee with the code on the screen, credits the hours once, and refuses a code two steps old', async () => {
    const { session } = await sessions.create(trainer, command());
    await registrations.register(learner, session.id);
    const now = new Date();
    const old = await checkIns.currentCode(trainer, session.id, new Date(now.getTime() - 2 * CHECK_IN_STEP_SECONDS * 1000));
    expect(await failure(checkIns.checkIn(learner, session.id, old.code, now))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'liveSessions.codeInvalid' });
    const shown = await checkIns.currentCode(trainer, session.id, now);
    expect(shown.refreshAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await failure(checkIns.currentCode(learner, session.id))).toMatchObject({ code: 'FORBIDDEN' });
    const checked = await checkIns.checkIn(learner, session.id, shown.code, now);
    expect(checked).toMatchObject({ attendedCount: 1, viewer: { attended: true } });
    expect((await checkIns.checkIn(learner, session.id, shown.code, now)).attendedCount).toBe(1);
    expect((await attendance.attendedHours([learner.userId, other.userId])).get(learner.userId)).toBe(3.5);
    expect((await attendance.attendedHours([other.userId])).size).toBe(0);
    // Someone who did not register is refused, unless the session takes walk-ins.
    expect(await failure(checkIns.checkIn(other, session.id, shown.code, now))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.notRegistered' });
    const open = (await sessions.create(trainer, command({ allowWalkIn: true, creditedHours: 2 }))).session;
    const code = (await checkIns.currentCode(trainer, open.id, now)).code;
    await checkIns.checkIn(other, open.id, code, now);
    expect(await db.query('SELECT walk_in, hours FROM live_session_attendance WHERE session_id = $1', [open.id])).toEqual([{ walk_in: true, hours: '2.00' }]);
  });

  it('stops someone guessing codes after ten wrong ones in ten minutes, even with the right one', async () => {
    const { session } = await sessions.create(trainer, command({ allowWalkIn: true }));
    const guesses = await Promise.allSettled(Array.from({ length: 12 }, (_, index) => checkIns.checkIn(other, session.id, `guess ${index}`)));
    const reasons = guesses.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as { reason: string }).reason : 'accepted'));
    expect(reasons.filter((reason) => reason === 'liveSessions.codeInvalid')).toHaveLength(10);
    expect(reasons.filter((reason) => reason === 'liveSessions.tooManyCodes')).toHaveLength(2);
    const right = (await checkIns.currentCode(trainer, session.id)).code;
    expect(await failure(checkIns.checkIn(other, session.id, right))).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'liveSessions.tooManyCodes' });
    // Another person's tries are their own: nine typing mistakes still leave them their check-in.
    for (let round = 0; round < 9; round++) expect(await failure(checkIns.checkIn(learner, session.id, '123 45'))).toMatchObject({ reason: 'liveSessions.codeInvalid' });
    expect((await checkIns.checkIn(learner, session.id, right)).viewer.attended).toBe(true);
  });

  it('opens check-in only around the session: 30 minutes before the start to 30 minutes after the end', async () => {
    const later = (await sessions.create(trainer, command({ allowWalkIn: true, startsAt: new Date(Date.now() + 2 * HOUR), endsAt: new Date(Date.now() + 3 * HOUR) }))).session;
    const code = (await checkIns.currentCode(trainer, later.id)).code;
    expect(await failure(checkIns.checkIn(learner, later.id, code))).toMatchObject({ code: 'CONFLICT', reason: 'liveSessions.checkInClosed' });
    const early = new Date(later.startsAt.getTime() - 20 * 60_000);
    expect((await checkIns.checkIn(learner, later.id, (await checkIns.currentCode(trainer, later.id, early)).code, early)).viewer.attended).toBe(true);
  });

  it('refuses a session without a place or with a link that is not a web address, naming the field', async () => {
    expect(await failure(sessions.create(trainer, command({ place: ' ', onlineUrl: null })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'place' });
    expect(await failure(sessions.create(trainer, command({ onlineUrl: 'javascript:alert(1)' })))).toMatchObject({ field: 'onlineUrl', reason: 'liveSessions.onlineUrlInvalid' });
    expect(await failure(sessions.create(trainer, command({ endsAt: new Date(Date.now() - HOUR) })))).toMatchObject({ field: 'endsAt', reason: 'liveSessions.endsBeforeStart' });
    expect(await failure(sessions.create(trainer, command({ capacity: 0 })))).toMatchObject({ field: 'capacity' });
    expect(await failure(sessions.create(learner, command()))).toMatchObject({ code: 'FORBIDDEN', reason: 'liveSessions.createForbidden' });
  });

  it('lists the upcoming sessions soonest first, a page at a time', async () => {
    const base = Date.now() + 50 * 24 * HOUR;
    const ids: string[] = [];
    for (const offset of [3, 1, 2]) ids.push((await sessions.create(trainer, command({ startsAt: new Date(base + offset * HOUR), endsAt: new Date(base + offset * HOUR + HOUR) }))).session.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await sessions.upcoming(learner, 2, after);
      seen.push(...page.items.map((view) => view.session.id));
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1) as string;
    }
    expect(seen.filter((id) => ids.includes(id))).toEqual([ids[1], ids[2], ids[0]]);
    const admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false })).actor;
    expect((await sessions.upcoming(admin, 100, null)).items.map((view) => view.session.id)).toEqual(expect.arrayContaining(ids));
  });

  it('keeps a cohort’s session for its members and whoever sees the cohort', async () => {
    const unit = await createTestOrgUnit(db);
    const member = (await createTestUser(db, { orgUnitId: unit.id, withPassword: false })).actor;
    const [{ id: cohortId }]: Array<{ id: string }> = await db.query(
      `INSERT INTO cohort (name, org_unit_id, course_id, starts_on, owner_id) VALUES ('Nhóm', $1, $3, '2026-12-01', $2) RETURNING id`,
      [unit.id, trainer.userId, await createPublishedCourse(db)],
    );
    await db.query('INSERT INTO cohort_member (cohort_id, user_id) VALUES ($1, $2)', [cohortId, member.userId]);
    const { session } = await sessions.create(trainer, command({ cohortId }));
    expect((await sessions.visible(member, session.id)).session.cohortId).toBe(cohortId);
    expect(await failure(sessions.visible(other, session.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(registrations.register(other, session.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await sessions.upcoming(other, 100, null)).items.map((view) => view.session.id)).not.toContain(session.id);
    const otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    expect(await failure(sessions.create(otherTrainer, command({ cohortId })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortId' });
  });

  it('writes an iCalendar file that a real parser reads back, with commas, semicolons and new lines escaped', async () => {
    const { session } = await sessions.create(
      trainer,
      command({
        kind: 'ROUND_TABLE',
        title: 'Tọa đàm: chuyển đổi số; cấp xã, ấp',
        description: 'Dòng một\nDòng hai, có dấu phẩy; và chấm phẩy \\ gạch chéo. '.repeat(4),
        place: 'Hội trường A, tầng 2; UBND huyện',
        onlineUrl: 'https://meet.example.vn/phong-hop?id=1,2',
      }),
    );
    const text = liveSessionCalendar(session, { publicUrl: 'https://hocso.bentre.gov.vn', locale: 'vi', now: new Date('2026-12-01T00:00:00Z') });
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.uid).toBe(`${session.id}@hocso.bentre.gov.vn`);
    expect(event.summary).toBe('Tọa đàm: Tọa đàm: chuyển đổi số; cấp xã, ấp');
    expect(event.location).toBe('Hội trường A, tầng 2; UBND huyện — Trực tuyến: https://meet.example.vn/phong-hop?id=1,2');
    expect(event.description).toBe(`${session.description}\n\nhttps://hocso.bentre.gov.vn/sessions/${session.id}`);
    expect(event.startDate.toJSDate().toISOString()).toBe(session.startsAt.toISOString().replace(/\.\d{3}/, '.000'));
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.endDate.toJSDate().getTime()).toBe(Math.floor(session.endsAt.getTime() / 1000) * 1000);
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.vn/phong-hop?id=1,2');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T00:00:00Z');
  });
});
