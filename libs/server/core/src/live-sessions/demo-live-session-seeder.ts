import type { EntityManager } from 'typeorm';
import type { DemoLiveSessionSeed } from '../seed/demo-live-sessions';
import { findAccountByEmail } from '../users/find-account-by-email';
import { checkLiveSessionCommand } from './live-session-rules';

const VIETNAM_UTC_OFFSET_HOURS = 7;

/** The seed's start: `startsInDays` after `today` (a UTC date), at its hour of Vietnam's time. */
export function demoSessionStart(seed: DemoLiveSessionSeed, today: Date): Date {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + seed.startsInDays);
  return new Date(day + ((seed.startsAtVietnamTime.hour - VIETNAM_UTC_OFFSET_HOURS) * 60 + seed.startsAtVietnamTime.minute) * 60_000);
}

/**
 * Creates each demo session its organiser does not have yet (keyed by organiser and title), with the checks of an
 * organiser's createLiveSession, and registers the demo accounts it names. Without the organiser's account nothing
 * is seeded.
 */
export async function seedDemoLiveSessions(manager: EntityManager, sessions: DemoLiveSessionSeed[], organiserEmail: string, now = new Date()): Promise<number> {
  const organiser = await findAccountByEmail(manager, organiserEmail);
  if (!organiser) return 0;
  let created = 0;
  for (const seed of sessions) {
    const startsAt = demoSessionStart(seed, now);
    const checked = checkLiveSessionCommand({ ...seed, startsAt, endsAt: new Date(startsAt.getTime() + seed.durationMinutes * 60_000) });
    const [existing]: unknown[] = await manager.query('SELECT 1 FROM live_session WHERE organiser_id = $1 AND title = $2', [organiser.id, checked.title]);
    if (existing) continue;
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO live_session (kind, title, description, starts_at, ends_at, place, online_url, capacity, credited_hours, allow_walk_in, organiser_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [checked.kind, checked.title, checked.description, checked.startsAt, checked.endsAt, checked.place, checked.onlineUrl, checked.capacity, checked.creditedHours, checked.allowWalkIn, organiser.id],
    );
    for (const email of seed.registeredEmails) {
      const person = await findAccountByEmail(manager, email);
      if (person) await manager.query('INSERT INTO live_session_registration (session_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, person.id]);
    }
    created += 1;
  }
  return created;
}
