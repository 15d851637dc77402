import ICAL from 'ical.js';
import { createComplianceWorld, createPublishedCourse, createTestUser, type ComplianceWorld } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const SESSION_FIELDS = 'id kind title registered attended registeredCount seatsLeft attendedCount creditedHours calendarPath allowedActions cohort { id name }';
const CREATE_SESSION = `mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { ${SESSION_FIELDS} } }`;

interface Session {
  id: string;
  registered: boolean;
  attended: boolean;
  registeredCount: number;
  seatsLeft: number;
  attendedCount: number;
  calendarPath: string;
  allowedActions: string[];
  cohort: { id: string; name: string } | null;
}

describe('cohorts and live sessions over GraphQL and HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let world: ComplianceWorld;
  let trainer: string;
  let official: string;
  let outsider: string;
  let courseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    world = await createComplianceWorld(db);
    trainer = await signIn(api, (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).email);
    const officialUser = await createTestUser(db, { orgUnitId: world.c1.id, audience: 'VILLAGE_HEAD' });
    official = await signIn(api, officialUser.email);
    outsider = await signIn(api, (await createTestUser(db, { orgUnitId: world.d2.id, audience: 'VILLAGE_HEAD' })).email);
    courseId = await createPublishedCourse(db, 3);
  });
  afterAll(() => api.close());

  const now = Date.now();
  const sessionInput = (extra: Record<string, unknown> = {}) => ({
    kind: 'TRAINING',
    title: 'Tập huấn chữ ký số',
    startsAt: new Date(now - 600_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
    place: 'Hội trường UBND huyện, tầng 2',
    capacity: 40,
    creditedHours: 3,
    ...extra,
  });

  it('gathers the village heads of a district into a cohort, shows their progress, and keeps its session for them', async () => {
    const created = await api.gql<{ createCohort: { id: string; allowedActions: string[] } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id name startsOn allowedActions orgUnit { id } course { id } } }',
      { input: { name: 'Trưởng ấp Huyện Một', orgUnitId: world.d1.id, courseId, startsOn: '2026-12-07' } },
      trainer,
    );
    const cohortId = created.data?.createCohort.id as string;
    expect(created.data?.createCohort.allowedActions).toEqual(['ADD_MEMBERS', 'VIEW_PROGRESS']);
    const added = await api.gql<{ addCohortMembers: { added: number; enrolled: number } }>(
      'mutation ($id: ID!, $input: AddCohortMembersInput!) { addCohortMembers(cohortId: $id, input: $input) { added enrolled cohort { memberCount } } }',
      { id: cohortId, input: { orgUnitId: world.d1.id, audiences: ['VILLAGE_HEAD'] } },
      trainer,
    );
    expect(added.data?.addCohortMembers).toEqual({ added: 1, enrolled: 1, cohort: { memberCount: 1 } });
    const progress = await api.gql<{ cohort: unknown }>(
      'query ($id: ID!) { cohort(id: $id) { progress { members completed averageProgress } members(first: 10) { totalCount edges { node { fullName progress completed } } } } }',
      { id: cohortId },
      trainer,
    );
    expect(progress.data?.cohort).toEqual({
      progress: { members: 1, completed: 0, averageProgress: 0 },
      members: { totalCount: 1, edges: [{ node: { fullName: 'Người Kiểm Thử', progress: 0, completed: false } }] },
    });

    const session = (await api.gql<{ createLiveSession: Session }>(CREATE_SESSION, { input: sessionInput({ cohortId }) }, trainer)).data?.createLiveSession as Session;
    expect(session.cohort).toEqual({ id: cohortId, name: 'Trưởng ấp Huyện Một' });
    const asMember = await api.gql<{ liveSession: Session }>(`query ($id: ID!) { liveSession(id: $id) { ${SESSION_FIELDS} } }`, { id: session.id }, official);
    expect(asMember.data?.liveSession).toMatchObject({ allowedActions: ['REGISTER'], cohort: null });
    const asOutsider = await api.gql(`query ($id: ID!) { liveSession(id: $id) { id } }`, { id: session.id }, outsider);
    expect(asOutsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('registers, checks in with the code on the organiser’s screen and refuses a wrong code in Vietnamese, naming the field', async () => {
    const session = (await api.gql<{ createLiveSession: Session }>(CREATE_SESSION, { input: sessionInput() }, trainer)).data?.createLiveSession as Session;
    const registered = await api.gql<{ registerForLiveSession: Session }>(`mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { ${SESSION_FIELDS} } }`, { id: session.id }, official);
    expect(registered.data?.registerForLiveSession).toMatchObject({ registered: true, registeredCount: 1, seatsLeft: 39, allowedActions: ['CANCEL_REGISTRATION', 'CHECK_IN'] });
    const wrong = await api.gql('mutation ($id: ID!) { checkInToLiveSession(sessionId: $id, code: "000000") { id } }', { id: session.id }, official);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Mã điểm danh không đúng hoặc đã hết hạn; hãy quét mã đang hiển thị trên màn hình',
      extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'liveSessions.codeInvalid' },
    });
    const refused = await api.gql('query ($id: ID!) { liveSessionCheckInCode(sessionId: $id) { code } }', { id: session.id }, official);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shown = await api.gql<{ liveSessionCheckInCode: { code: string; stepSeconds: number } }>('query ($id: ID!) { liveSessionCheckInCode(sessionId: $id) { code stepSeconds refreshAt } }', { id: session.id }, trainer);
    expect(shown.data?.liveSessionCheckInCode.stepSeconds).toBe(30);
    const checkedIn = await api.gql<{ checkInToLiveSession: Session }>(
      `mutation ($id: ID!, $code: String!) { checkInToLiveSession(sessionId: $id, code: $code) { ${SESSION_FIELDS} } }`,
      { id: session.id, code: shown.data?.liveSessionCheckInCode.code },
      official,
    );
    expect(checkedIn.data?.checkInToLiveSession).toMatchObject({ attended: true, attendedCount: 1, allowedActions: [] });
  });

  it('refuses a bad session with the field at fault and writes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM live_session');
    for (const [extra, field] of [
      [{ onlineUrl: 'ftp://example.vn/x' }, 'onlineUrl'],
      [{ place: null }, 'place'],
      [{ capacity: -1 }, 'capacity'],
      [{ endsAt: new Date(now - 3_600_000).toISOString() }, 'endsAt'],
      [{ title: 'x'.repeat(256) }, 'title'],
    ] as const) {
      const answer = await api.gql(CREATE_SESSION, { input: sessionInput(extra) }, trainer, 'vi');
      expect({ field, extensions: answer.errors?.[0]?.extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await db.query('SELECT count(*)::int AS n FROM live_session')).toEqual(before);
  });

  it('serves the session’s calendar file to whoever sees it, parsed by a real iCalendar reader', async () => {
    const session = (await api.gql<{ createLiveSession: Session }>(CREATE_SESSION, { input: sessionInput({ kind: 'CONFERENCE', onlineUrl: 'https://meet.example.vn/hoi-nghi' }) }, trainer)).data?.createLiveSession as Session;
    const response = await fetch(`${api.url}${session.calendarPath}`, { headers: { authorization: `Bearer ${official}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.summary).toBe('Hội nghị: Tập huấn chữ ký số');
    expect(event.location).toBe('Hội trường UBND huyện, tầng 2 — Trực tuyến: https://meet.example.vn/hoi-nghi');
    expect((await fetch(`${api.url}${session.calendarPath}`)).status).toBe(401);
    expect((await fetch(`${api.url}/live-sessions/00000000-0000-4000-8000-000000000000/calendar.ics`, { headers: { authorization: `Bearer ${official}` } })).status).toBe(404);
  });
});
