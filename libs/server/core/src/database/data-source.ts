import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

type ConnectionSettings = Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> &
  Partial<Pick<AppConfig, 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_LOCK_TIMEOUT_MS' | 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'>>;

/**
 * The pool's connections carry PostgreSQL timeouts (0 or unset: none), so that no statement, lock wait or
 * forgotten transaction can hold a connection for ever and starve every other request.
 */
export function dataSourceOptions(config: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: {
      max: config.DATABASE_POOL_SIZE,
      application_name: 'hocso',
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS ?? 0,
      lock_timeout: config.DATABASE_LOCK_TIMEOUT_MS ?? 0,
      idle_in_transaction_session_timeout: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 0,
    },
  };
}

export function createDataSource(config: ConnectionSettings): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/**
 * For migrations: rebuilding an index of a big table may take minutes and must wait for the tables it
 * alters, so only the idle-in-transaction timeout applies.
 */
export function createMigrationDataSource(config: ConnectionSettings): DataSource {
  return createDataSource({ ...config, DATABASE_STATEMENT_TIMEOUT_MS: 0, DATABASE_LOCK_TIMEOUT_MS: 0 });
}
