import { demoSessionStart } from '../live-sessions/demo-live-session-seeder';
import { checkLiveSessionCommand } from '../live-sessions/live-session-rules';
import { inVietnam } from '../live-sessions/vietnam-time';
import { DEMO_LIVE_SESSIONS } from './demo-live-sessions';

describe('DEMO_LIVE_SESSIONS', () => {
  const today = new Date('2026-12-02T20:30:00Z');

  it.each(DEMO_LIVE_SESSIONS.map((session) => [session.title, session]))('"%s" passes the checks of an organiser\'s new session', (_, seed) => {
    const startsAt = demoSessionStart(seed, today);
    expect(() => checkLiveSessionCommand({ ...seed, startsAt, endsAt: new Date(startsAt.getTime() + seed.durationMinutes * 60_000) })).not.toThrow();
  });

  it('starts each session the given days after the seeding day, at its hour of Vietnam time', () => {
    const training = DEMO_LIVE_SESSIONS.find((session) => session.kind === 'TRAINING');
    expect(training).toMatchObject({ startsInDays: 14, startsAtVietnamTime: { hour: 8, minute: 0 } });
    expect(inVietnam(demoSessionStart(training!, today))).toBe('08:00 16/12/2026');
  });
});
