import 'reflect-metadata';
import { ConfigError, createMigrationDataSource, DemoSeedService, loadConfig, runMigrations } from '@hocso/server-core';

/**
 * `node migrate.js [--seed]`: applies pending migrations, then (with --seed) the reference data, plus the
 * demo accounts when DEMO_MODE=true. Run once per deployment before the API and worker start.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createMigrationDataSource(config);
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');
    if (process.argv.includes('--seed')) {
      await new DemoSeedService(dataSource, config).seed({ demoAccounts: config.DEMO_MODE });
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
