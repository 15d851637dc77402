import type { EntityManager } from 'typeorm';

/** The paths of the units a person is a digital-transformation expert of, and still a member of. */
export async function expertUnitPaths(manager: EntityManager, userId: string): Promise<string[]> {
  const rows: Array<{ path: string }> = await manager.query(
    `SELECT ou.path FROM unit_expert ue
     JOIN app_user u ON u.id = ue.user_id AND u.org_unit_id = ue.org_unit_id
     JOIN org_unit ou ON ou.id = ue.org_unit_id
     WHERE ue.user_id = $1`,
    [userId],
  );
  return rows.map((row) => row.path);
}
