import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Jest resolves globalSetup without moduleNameMapper, so the library is imported by path here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createDataSource } from '../../libs/server/core/src/database/data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runMigrations } from '../../libs/server/core/src/database/run-migrations';
import { testAdminUrl, testDatabaseUrl } from './test-database';

/**
 * Every test run gets a database and a queue prefix of its own on the real PostgreSQL and Redis;
 * global-teardown drops both. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `hocso_test_${runId}`;
  const admin = new Client({ connectionString: testAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  process.env['DATABASE_URL'] = testDatabaseUrl(database);
  process.env['HOCSO_TEST_DATABASE'] = database;
  process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379';
  process.env['QUEUE_PREFIX'] = `hocso-test-${runId}`;
  process.env['NODE_ENV'] = 'test';
  process.env['LOG_LEVEL'] ??= 'warn';
  const dataSource = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'], DATABASE_POOL_SIZE: 2 });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
