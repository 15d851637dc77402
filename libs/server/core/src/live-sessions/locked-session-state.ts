import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';

/** Where a session stands, read under its row lock, for a change its organiser makes. */
export interface LockedSessionState {
  cancelled: boolean;
  over: boolean;
  attended: boolean;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
}

/** Locks the session's row for the rest of the transaction and reads where it stands; NOT_FOUND when it is gone. */
export async function lockSessionState(manager: EntityManager, sessionId: string): Promise<LockedSessionState> {
  const [row]: Array<{ cancelled: boolean; over: boolean; attended: boolean; starts_at: Date; ends_at: Date; place: string | null; online_url: string | null }> = await manager.query(
    `SELECT cancelled_at IS NOT NULL AS cancelled, ends_at <= now() AS over, starts_at, ends_at, place, online_url,
            EXISTS (SELECT 1 FROM live_session_attendance a WHERE a.session_id = s.id) AS attended
     FROM live_session s WHERE s.id = $1 FOR UPDATE`,
    [sessionId],
  );
  if (!row) throw DomainError.notFound('liveSessions.notFound', sessionId);
  return { cancelled: row.cancelled, over: row.over, attended: row.attended, startsAt: row.starts_at, endsAt: row.ends_at, place: row.place, onlineUrl: row.online_url };
}
