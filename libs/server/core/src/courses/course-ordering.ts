import type { EntityManager } from 'typeorm';

/** The ids with `id` moved to the 1-based position (clamped to the list). */
export function moveTo(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(Math.trunc(position), 1), rest.length + 1) - 1;
  rest.splice(index, 0, id);
  return rest;
}

/** Modules are numbered within their course, lessons within their module, from 1 without gaps. */
const ORDERED = {
  course_module: { parent: 'course_id' },
  lesson: { parent: 'module_id' },
} as const;

type OrderedTable = keyof typeof ORDERED;

/** The ids of a parent's rows in their order. */
async function idsInOrder(manager: EntityManager, table: OrderedTable, parentId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT id FROM ${table} WHERE ${ORDERED[table].parent} = $1 ORDER BY position, created_at`,
    [parentId],
  );
  return rows.map((row) => row.id);
}

async function writeOrder(manager: EntityManager, table: OrderedTable, ids: string[]): Promise<void> {
  await manager.query(
    `UPDATE ${table} t SET position = v.position, updated_at = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position)
      WHERE t.id = v.id AND t.position <> v.position`,
    [ids],
  );
}

/** The position a row added at the end of its parent takes. */
export async function nextPosition(manager: EntityManager, table: OrderedTable, parentId: string): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await manager.query(
    `SELECT count(*)::int AS count FROM ${table} WHERE ${ORDERED[table].parent} = $1`,
    [parentId],
  );
  return count + 1;
}

/** Moves a module or lesson to a 1-based position among its siblings, renumbering them. */
export async function moveWithinParent(manager: EntityManager, table: OrderedTable, parentId: string, id: string, position: number): Promise<void> {
  await writeOrder(manager, table, moveTo(await idsInOrder(manager, table, parentId), id, position));
}

/** Closes the gap a removed module or lesson left among its siblings. */
export async function renumber(manager: EntityManager, table: OrderedTable, parentId: string): Promise<void> {
  await writeOrder(manager, table, await idsInOrder(manager, table, parentId));
}
