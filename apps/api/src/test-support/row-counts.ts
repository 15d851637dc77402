import type { DataSource } from 'typeorm';

/** The number of rows of every table of the application, in one query: to show that a refused call wrote nothing. */
export async function rowCounter(db: DataSource): Promise<() => Promise<Record<string, number>>> {
  const tables = (
    (await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
    )) as Array<{ table_name: string }>
  ).map((row) => row.table_name);
  const query = `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM "${table}") AS "${table}"`).join(', ')}`;
  return async () => ((await db.query(query)) as Array<Record<string, number>>)[0] as Record<string, number>;
}

/** The tables whose counts differ, as `table before→after`. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(before)
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table} ${before[table]}→${after[table]}`);
}
