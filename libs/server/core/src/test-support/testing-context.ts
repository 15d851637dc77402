import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PlatformModule } from '../platform.module';

export interface TestingContext {
  app: INestApplicationContext;
  dataSource: DataSource;
  get<T>(token: Type<T> | string | symbol): T;
  close(): Promise<void>;
}

/**
 * A Nest context on the run's own database and queue prefix (see tools/test/global-setup.ts), with the
 * real PostgreSQL and Redis behind it.
 */
export async function createTestingContext(imports: Array<Type<unknown> | DynamicModule>): Promise<TestingContext> {
  const moduleRef = await Test.createTestingModule({ imports: [PlatformModule, ...imports] }).compile();
  const app = await moduleRef.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    dataSource,
    get: <T>(token: Type<T> | string | symbol) => app.get<T>(token, { strict: false }),
    close: () => app.close(),
  };
}
