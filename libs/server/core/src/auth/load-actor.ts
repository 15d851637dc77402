import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, ActorGrant } from '../access/actor';

/** The user's grants with the paths of their scopes, in one query; null when the user does not exist. */
export async function loadActor(db: DataSource | EntityManager, userId: string): Promise<Actor | null> {
  const rows: Array<{ role: ActorGrant['role'] | null; org_unit_id: string | null; path: string | null }> = await db.query(
    `SELECT g.role, g.org_unit_id, o.path
       FROM app_user u
       LEFT JOIN role_grant g ON g.user_id = u.id
       LEFT JOIN org_unit o ON o.id = g.org_unit_id
      WHERE u.id = $1`,
    [userId],
  );
  if (rows.length === 0) return null;
  return {
    userId,
    grants: rows
      .filter((row) => row.role !== null)
      .map((row) => ({ role: row.role as ActorGrant['role'], orgUnitId: row.org_unit_id, orgUnitPath: row.path })),
  };
}
