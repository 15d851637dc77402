import type { DataSource } from 'typeorm';

/** Applies pending migrations; a PostgreSQL advisory lock keeps two starting processes from racing. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lockKey = 7_402_113_001;
  await dataSource.query('SELECT pg_advisory_lock($1)', [lockKey]);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [lockKey]);
  }
}
