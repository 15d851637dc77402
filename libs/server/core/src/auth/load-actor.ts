import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, ActorGrant } from '../access/actor';
import type { AccessTokenSubject } from './token.service';

interface GrantRow {
  role: ActorGrant['role'] | null;
  org_unit_id: string | null;
  path: string | null;
}

const GRANTS_OF_USER = `
  SELECT g.role, g.org_unit_id, o.path
    FROM app_user u
    LEFT JOIN role_grant g ON g.user_id = u.id
    LEFT JOIN org_unit o ON o.id = g.org_unit_id
   WHERE u.id = $1`;

/** The user's grants with the paths of their scopes, in one query; null when the user does not exist. */
export async function loadActor(db: DataSource | EntityManager, userId: string): Promise<Actor | null> {
  return actorOf(userId, await db.query(GRANTS_OF_USER, [userId]));
}

/**
 * The actor an access token speaks for, in the same one query, which also checks that the session lives:
 * null when the user does not exist or the session has ended (sign-out, password change, replayed token).
 */
export async function loadActorOfSession(db: DataSource | EntityManager, subject: AccessTokenSubject): Promise<Actor | null> {
  const rows: GrantRow[] = await db.query(
    `${GRANTS_OF_USER}
       AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = $2 AND s.user_id = u.id AND s.ended_at IS NULL)`,
    [subject.userId, subject.sessionId],
  );
  const actor = actorOf(subject.userId, rows);
  return actor && { ...actor, sessionId: subject.sessionId };
}

function actorOf(userId: string, rows: GrantRow[]): Actor | null {
  if (rows.length === 0) return null;
  return {
    userId,
    grants: rows
      .filter((row) => row.role !== null)
      .map((row) => ({ role: row.role as ActorGrant['role'], orgUnitId: row.org_unit_id, orgUnitPath: row.path })),
  };
}
