import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigError, loadConfig, publicUrlOf } from '@hocso/server-core';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  closeOnSignals(app);
  await app.listen(config.PORT, process.env['HOST'] ?? '0.0.0.0');
  new Logger('Api').log(`HocSo API listening on ${publicUrlOf(config)} (GraphQL at /graphql)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
