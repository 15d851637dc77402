/**
 * Imports a generated 5,000-question GIFT file end to end through the API over HTTP (GraphQL importQuestions,
 * as a signed-in trainer), on a fresh database of its own, and prints the time and the peak memory.
 *   npm run bench:questions            (QUESTIONS=10000 npm run bench:questions for another size)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createDataSource, generateGiftBank, runMigrations } from '@hocso/server-core';
import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
// The benchmark drives the real API application in-process, as the end-to-end tests do.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApiApp } from '../../apps/api/src/create-api-app';
import { testAdminUrl, testDatabaseUrl } from '../test/test-database';

const COUNT = Number(process.env['QUESTIONS'] ?? 5000);
const GOAL_MS = 10_000;

interface Peak {
  rss: number;
  heapUsed: number;
}

function startSampling(): { peak: Peak; stop(): void } {
  const peak: Peak = { rss: 0, heapUsed: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    peak,
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const database = `hocso_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: testAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  Object.assign(process.env, {
    DATABASE_URL: testDatabaseUrl(database),
    QUEUE_PREFIX: `hocso-bench-${database.slice(-12)}`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });
  process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379';

  const setup = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'] as string, DATABASE_POOL_SIZE: 2 });
  await setup.initialize();
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    await runMigrations(setup);
    const trainer = await createTestUser(setup, { roles: [{ role: 'TRAINER' }] });
    app = await createApiApp();
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const { login } = await gql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: trainer.email, password: TEST_PASSWORD } },
    );
    const token = login.accessToken;
    const { createQuestionBank } = await gql<{ createQuestionBank: { id: string } }>(
      'mutation { createQuestionBank(input: { title: "Benchmark" }) { id } }',
      {},
      token,
    );
    const content = generateGiftBank(COUNT);

    global.gc?.();
    const sampling = startSampling();
    const started = performance.now();
    const { importQuestions } = await gql<{ importQuestions: { imported: number; errors: unknown[] } }>(
      'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported errors { line message } } }',
      { input: { bankId: createQuestionBank.id, format: 'GIFT', content } },
      token,
    );
    const elapsed = performance.now() - started;
    sampling.stop();

    const readStarted = performance.now();
    const { questionBank } = await gql<{ questionBank: { questions: unknown[] } }>(
      'query ($id: ID!) { questionBank(id: $id) { questions { id type prompt options { id text fraction } } } }',
      { id: createQuestionBank.id },
      token,
    );
    const readElapsed = performance.now() - readStarted;

    console.log(`Question import benchmark (GIFT, generateGiftBank(${COUNT}), ${mb(Buffer.byteLength(content))}, over HTTP)`);
    console.log(`  imported        ${importQuestions.imported} questions, ${importQuestions.errors.length} errors`);
    console.log(`  import time     ${(elapsed / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s) ${elapsed < GOAL_MS ? 'OK' : 'TOO SLOW'}`);
    console.log(`  peak rss        ${mb(sampling.peak.rss)} (API and client in one process)`);
    console.log(`  peak heapUsed   ${mb(sampling.peak.heapUsed)}`);
    console.log(`  read back       ${questionBank.questions.length} questions in ${(readElapsed / 1000).toFixed(2)} s`);
    if (importQuestions.imported !== COUNT || elapsed >= GOAL_MS) process.exitCode = 1;
  } finally {
    await app?.close();
    await setup.destroy();
    const cleanup = new Client({ connectionString: testAdminUrl() });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await cleanup.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
