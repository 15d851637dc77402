import { DemoSeedService } from '../seed/demo-seed.service';
import { DEMO_LIVE_SESSIONS } from '../seed/demo-live-sessions';
import { SeedModule } from '../seed/seed.module';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { LiveSessionService } from './live-session.service';
import { LiveSessionsModule } from './live-sessions.module';

describe('Demo live sessions seed (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([SeedModule, LiveSessionsModule]);
  });
  afterAll(() => ctx.close());

  it('creates the demo trainer\'s sessions once, upcoming, with the demo learner registered for the training', async () => {
    const seed = ctx.get(DemoSeedService);
    await seed.seed({ demoAccounts: true });
    const second = await seed.seed({ demoAccounts: true });
    expect(second.liveSessionsCreated).toBe(0);
    const rows: Array<{ title: string; organiser: string; upcoming: boolean; registered: string[] }> = await ctx.dataSource.query(
      `SELECT s.title, u.email AS organiser, s.starts_at > now() AS upcoming,
              coalesce(array_agg(ru.email ORDER BY ru.email) FILTER (WHERE ru.email IS NOT NULL), '{}') AS registered
         FROM live_session s JOIN app_user u ON u.id = s.organiser_id
         LEFT JOIN live_session_registration r ON r.session_id = s.id AND r.status = 'REGISTERED' LEFT JOIN app_user ru ON ru.id = r.user_id
        WHERE u.email = 'trainer@demo.hocso.vn' AND s.title = ANY ($1::text[])
        GROUP BY s.id, s.title, u.email ORDER BY s.starts_at`,
      [DEMO_LIVE_SESSIONS.map((session) => session.title)],
    );
    expect(rows).toEqual(DEMO_LIVE_SESSIONS.map((session) => ({ title: session.title, organiser: 'trainer@demo.hocso.vn', upcoming: true, registered: session.registeredEmails })));

    const [learner]: Array<{ id: string }> = await ctx.dataSource.query("SELECT id FROM app_user WHERE email = 'learner@demo.hocso.vn'");
    const [training]: Array<{ id: string }> = await ctx.dataSource.query('SELECT id FROM live_session WHERE title = $1', [DEMO_LIVE_SESSIONS[0].title]);
    const view = await ctx.get(LiveSessionService).visible({ userId: learner.id, grants: [{ role: 'LEARNER', orgUnitId: null, orgUnitPath: null }] }, training.id);
    expect(view).toMatchObject({ session: { place: DEMO_LIVE_SESSIONS[0].place }, registeredCount: 1, viewer: { registered: true } });
  });
});
