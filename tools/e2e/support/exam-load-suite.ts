import { createDataSource } from '@hocso/server-core';
import type { DataSource } from 'typeorm';

export interface ExamLoadSuite {
  /** A small pool on the run's database, to seed and to check what PostgreSQL holds. */
  db(): DataSource;
  /** Runs after the suite's tests, the last registered first: processes, clients, Redis. */
  cleanUp(step: () => unknown): void;
}

/** Call inside a `describe` of tools/exam-load tests: opens the database before its tests, closes everything after them. */
export function useExamLoadSuite(): ExamLoadSuite {
  let dataSource: DataSource | undefined;
  const steps: Array<() => unknown> = [];
  beforeAll(async () => {
    dataSource = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'] as string, DATABASE_POOL_SIZE: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    for (const step of steps.reverse()) await step();
    await dataSource?.destroy();
  });
  return {
    db: () => {
      if (!dataSource) throw new Error('the database opens in beforeAll');
      return dataSource;
    },
    cleanUp: (step) => steps.push(step),
  };
}
