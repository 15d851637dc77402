import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, ActorGrant } from '../access/actor';

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

function actorOf(userId: string, rows: GrantRow[]): Actor | null {
  if (rows.length === 0) return null;
  return {
    userId,
    grants: rows
      .filter((row) => row.role !== null)
      .map((row) => ({ role: row.role as ActorGrant['role'], orgUnitId: row.org_unit_id, orgUnitPath: row.path })),
  };
}
