// `npm run bench:catalogue`: a fresh database with 10,000 published courses, the real API over HTTP on
// 127.0.0.1, then p50/p95 of a catalogue page of 20 (with a search term, modules and lessons) and of a
// course page. Bounded: a fixed number of requests, then everything is dropped. BENCH_COURSES and
// BENCH_REQUESTS change the sizes.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '@hocso/server-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApiApp } from '../../apps/api/src/create-api-app';
import { testAdminUrl, testDatabaseUrl } from '../test/test-database';
import { seedBenchCourses } from './seed-courses';

const COURSES = Number(process.env['BENCH_COURSES'] ?? 10_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 300);
const SEARCHES = ['an toan thong tin', 'chữ ký số', 'dich vu cong truc tuyen', 'thuong mai dien tu', 'phân tích dữ liêu', 'kinh te so', 'bao ve du lieu ca nhan', 'tri tue nhan tao'];

const CATALOGUE = `query ($search: String) { courses(search: $search, first: 20) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id code title summary hours tracks { code } modules { id title position lessons { id title kind position } } } } } }`;
const COURSE_PAGE = `query ($id: ID!) { course(id: $id) { id code title summary hours status tracks { code title }
  modules { id title position lessons { id title kind position body bodyHtml videoUrl transcript required } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(count: number, request: (i: number) => Promise<void>): Promise<{ p50: number; p95: number; max: number }> {
  const durations: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    await request(i);
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), max: durations[durations.length - 1] };
}

async function main(): Promise<void> {
  const database = `hocso_bench_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  const admin = new Client({ connectionString: testAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  process.env['DATABASE_URL'] = testDatabaseUrl(database);
  process.env['QUEUE_PREFIX'] = `hocso-bench-${database}`;
  process.env['LOG_LEVEL'] = 'warn';
  process.env['NODE_ENV'] = 'test';
  let app: { close(): Promise<void> } | undefined;
  try {
    const dataSource = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'], DATABASE_POOL_SIZE: 2 });
    await dataSource.initialize();
    await runMigrations(dataSource);
    await dataSource.query(
      `INSERT INTO track (code, title, description, audiences, position) VALUES
        ('leaders', 'Lãnh đạo', 'x', '{LEADER}', 1), ('officials', 'Cán bộ', 'x', '{OFFICIAL}', 2),
        ('sme', 'Doanh nghiệp', 'x', '{SME}', 3), ('village-heads', 'Tổ trưởng', 'x', '{VILLAGE_HEAD}', 4)`,
    );
    await dataSource.destroy();

    const client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    let started = Date.now();
    const ids = await seedBenchCourses(client, COURSES);
    await client.end();
    console.log(`Seeded ${ids.length} courses (${ids.length * 3} modules, ${ids.length * 9} lessons) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The benchmark drives the real API application in-process, as the end-to-end tests do; it reads its
    // configuration (DATABASE_URL, set above) when it is created.
    const nest = await createApiApp();
    await nest.listen(0, '127.0.0.1');
    app = nest;
    const { port } = nest.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[]; data?: { courses?: { edges: unknown[] } } };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const sample = await post(CATALOGUE, { search: SEARCHES[0] });
    console.log(`Search "${SEARCHES[0]}": ${sample.data?.courses?.edges.length} of ${JSON.stringify((sample.data?.courses as { totalCount?: number })?.totalCount)} matches on the first page`);

    for (let i = 0; i < 20; i += 1) await post(CATALOGUE, { search: SEARCHES[i % SEARCHES.length] });
    started = Date.now();
    const catalogue = await timed(REQUESTS, async (i) => {
      await post(CATALOGUE, { search: SEARCHES[i % SEARCHES.length] });
    });
    const browse = await timed(Math.min(REQUESTS, 100), async () => {
      await post(CATALOGUE, { search: null });
    });
    const coursePage = await timed(REQUESTS, async (i) => {
      await post(COURSE_PAGE, { id: ids[(i * 7919) % ids.length] });
    });
    const fmt = (r: { p50: number; p95: number; max: number }) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;
    console.log(`Catalogue, page of 20 with a search term (${REQUESTS} requests): ${fmt(catalogue)}`);
    console.log(`Catalogue, page of 20 without search (${Math.min(REQUESTS, 100)} requests): ${fmt(browse)}`);
    console.log(`Course page with modules and lessons (${REQUESTS} requests): ${fmt(coursePage)}`);
    console.log(`Goal: catalogue p95 < 50 ms — ${catalogue.p95 < 50 ? 'met' : 'NOT met'} (${((Date.now() - started) / 1000).toFixed(1)} s of requests)`);
  } finally {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
