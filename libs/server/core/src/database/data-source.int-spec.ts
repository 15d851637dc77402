import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestingContext } from '../test-support/testing-context';
import { createDataSource, createMigrationDataSource } from './data-source';

const databaseUrl = () => process.env['DATABASE_URL'] as string;

async function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  throw new Error('expected the query to fail');
}

async function settingsOf(dataSource: DataSource): Promise<Record<string, string>> {
  const [row] = await dataSource.query(
    `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
            current_setting('idle_in_transaction_session_timeout') AS idle`,
  );
  return row;
}

describe('the connection pool as a safety net (PostgreSQL)', () => {
  describe('with short timeouts', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = createDataSource({
        DATABASE_URL: databaseUrl(),
        DATABASE_POOL_SIZE: 3,
        DATABASE_STATEMENT_TIMEOUT_MS: 300,
        DATABASE_LOCK_TIMEOUT_MS: 200,
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 300,
      });
      await dataSource.initialize();
    });
    afterAll(() => dataSource.destroy());

    it('cancels a statement that runs past the statement timeout', async () => {
      const started = performance.now();
      await expect(sqlStateOf(dataSource.query('SELECT pg_sleep(5)'))).resolves.toBe('57014');
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('stops waiting for a lock after the lock timeout', async () => {
      const key = randomInt(1, 2 ** 31);
      const holder = dataSource.createQueryRunner();
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [key]);
        const started = performance.now();
        await expect(sqlStateOf(dataSource.query('SELECT pg_advisory_lock($1)', [key]))).resolves.toBe('55P03');
        expect(performance.now() - started).toBeLessThan(2000);
      } finally {
        await holder.query('SELECT pg_advisory_unlock($1)', [key]);
        await holder.release();
      }
    });

    it('ends a transaction left idle, and the pool goes on with a fresh connection', async () => {
      const forgotten = dataSource.createQueryRunner();
      await forgotten.startTransaction();
      const [{ pid }] = await forgotten.query('SELECT pg_backend_pid() AS pid');
      await new Promise((resolve) => setTimeout(resolve, 800));
      const [{ alive }] = await dataSource.query('SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1', [pid]);
      expect(alive).toBe(0);
      await expect(forgotten.query('SELECT 1')).rejects.toThrow();
      await forgotten.release();
      await expect(dataSource.query('SELECT 1 AS ok')).resolves.toEqual([{ ok: 1 }]);
    });
  });

  it('gives every connection of the application the configured timeouts', async () => {
    const ctx = await createTestingContext([]);
    try {
      await expect(settingsOf(ctx.dataSource)).resolves.toEqual({ statement: '30s', lock: '10s', idle: '1min' });
    } finally {
      await ctx.close();
    }
  });

  it('lets migrations run long and wait for the tables they alter', async () => {
    const dataSource = createMigrationDataSource({
      DATABASE_URL: databaseUrl(),
      DATABASE_POOL_SIZE: 1,
      DATABASE_STATEMENT_TIMEOUT_MS: 300,
      DATABASE_LOCK_TIMEOUT_MS: 200,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000,
    });
    await dataSource.initialize();
    try {
      await expect(settingsOf(dataSource)).resolves.toEqual({ statement: '0', lock: '0', idle: '1min' });
    } finally {
      await dataSource.destroy();
    }
  });
});
