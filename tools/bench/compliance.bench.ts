// `npm run bench:compliance`: a fresh database with the demo province (npm start's seed), 50,000 people spread over
// its units, 200,000 enrollments of 12 courses and 20 requirements over the whole tree (courses, tracks and hours,
// at the province and at districts); then through the real API over HTTP the p50/p95 of the province's compliance
// report and of a district's (every requirement together, and one), of the report by level, and the time to
// re-evaluate every requirement's coverage after a 10,000-person onboarding. BENCH_PEOPLE, BENCH_ENROLLMENTS,
// BENCH_ONBOARDED and BENCH_REQUESTS change the sizes; the load average is printed with the figures.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { createDataSource, DemoSeedService, loadConfig, RequirementEnrolmentService, runMigrations } from '@hocso/server-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApiApp } from '../../apps/api/src/create-api-app';
import { testAdminUrl, testDatabaseUrl } from '../test/test-database';

const PEOPLE = Number(process.env['BENCH_PEOPLE'] ?? 50_000);
const ENROLLMENTS = Number(process.env['BENCH_ENROLLMENTS'] ?? 200_000);
const ONBOARDED = Number(process.env['BENCH_ONBOARDED'] ?? 10_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 40);
const COURSES = 12;
const GOAL_MS = 200;
const KEEP_DATABASE = process.env['BENCH_KEEP_DATABASE'] === '1';

const REPORT = 'query ($unit: ID, $req: ID) { complianceReport(orgUnitId: $unit, requirementId: $req) { total { required completed overdue rate } rows { orgUnit { id name } required completed rate } } }';
const LEVELS = 'query ($unit: ID, $req: ID) { complianceLevelReport(orgUnitId: $unit, requirementId: $req) { total { required completed } rows { levelCode required completed } } }';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(count: number, request: () => Promise<void>): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < Math.min(3, count); i += 1) await request();
  const durations: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    await request();
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), max: durations[durations.length - 1] };
}

const load = () => loadavg().map((value) => value.toFixed(1)).join(' / ');
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** People spread over every unit of the province (most of them in communes and hamlets), officials mostly. */
async function seedPeople(client: Client, count: number, prefix: string): Promise<void> {
  await client.query(
    `WITH units AS (SELECT id, row_number() OVER (ORDER BY path) - 1 AS n, count(*) OVER () AS total FROM org_unit WHERE path LIKE (SELECT path FROM org_unit WHERE code = 'BT') || '%')
     INSERT INTO app_user (full_name, email, audience, org_unit_id, position)
     SELECT 'Người ' || i, $2 || i || '@bench.hocso.vn',
       (ARRAY['OFFICIAL', 'OFFICIAL', 'OFFICIAL', 'LEADER', 'VILLAGE_HEAD', 'CITIZEN'])[1 + i % 6],
       (SELECT id FROM units WHERE n = (i * 7919) % total), (ARRAY['Chuyên viên', 'Trưởng phòng', 'Giám đốc', 'Cán sự'])[1 + i % 4]
     FROM generate_series(1, $1::int) AS i`,
    [count, prefix],
  );
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
  // The figures are what is measured: a statement is not cut at the deployed 30 s (BENCH_STATEMENT_TIMEOUT_MS).
  process.env['DATABASE_STATEMENT_TIMEOUT_MS'] = process.env['BENCH_STATEMENT_TIMEOUT_MS'] ?? '600000';
  let app: { close(): Promise<void> } | undefined;
  try {
    const dataSource = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'], DATABASE_POOL_SIZE: 2 });
    await dataSource.initialize();
    await runMigrations(dataSource);
    // The demo province of `npm start`: its org tree, accounts and officials by level; the people below come on top.
    await new DemoSeedService(dataSource, loadConfig()).seed({ demoAccounts: true });
    await dataSource.destroy();

    const nest = await createApiApp();
    await nest.listen(0, '127.0.0.1');
    app = nest;

    const client = new Client({ connectionString: process.env['DATABASE_URL'] });
    // The database is dropped at the end, with this connection still open when a step failed.
    client.on('error', () => undefined);
    await client.connect();
    let started = Date.now();
    await seedPeople(client, PEOPLE, 'p');
    const courses: Array<{ id: string }> = (
      await client.query(`INSERT INTO course (code, title, summary, status, hours) SELECT 'BENCH-' || i, 'Khóa bắt buộc ' || i, 'Tóm tắt', 'PUBLISHED', 1 + i % 4 FROM generate_series(1, ${COURSES}) AS i RETURNING id`)
    ).rows;
    await client.query(
      `WITH versions AS (
         INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) SELECT id, 1, '{"modules":[]}', '{}', '{}' FROM unnest($1::uuid[]) AS id RETURNING id, course_id
       )
       UPDATE course c SET live_version_id = v.id FROM versions v WHERE c.id = v.course_id`,
      [courses.map((course) => course.id)],
    );
    const courseIds = courses.map((course) => course.id);
    await client.query(
      `WITH people AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM app_user WHERE email LIKE 'p%@bench.hocso.vn'),
       picks AS (SELECT p.id AS user_id, k, (p.n * 3 + k * 5) % ${COURSES} AS course_index, p.n FROM people p CROSS JOIN generate_series(0, 3) AS k)
       INSERT INTO enrollment (user_id, course_id, course_version_id, status, progress, completed_at)
       SELECT picks.user_id, c.id, c.live_version_id, CASE WHEN (picks.n + picks.k) % 5 < 3 THEN 'COMPLETED' ELSE 'ACTIVE' END,
         CASE WHEN (picks.n + picks.k) % 5 < 3 THEN 1 ELSE 0.3 END, CASE WHEN (picks.n + picks.k) % 5 < 3 THEN now() - ((picks.n % 300) || ' days')::interval END
       FROM picks JOIN course c ON c.id = ($1::uuid[])[picks.course_index + 1]
       LIMIT $2
       ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO NOTHING`,
      [courseIds, ENROLLMENTS],
    );
    const districts: Array<{ id: string; name: string }> = (await client.query("SELECT id, name FROM org_unit WHERE kind IN ('DISTRICT', 'CITY') ORDER BY code")).rows;
    const [province] = (await client.query("SELECT id FROM org_unit WHERE code = 'BT'")).rows as Array<{ id: string }>;
    const tracks: Array<{ id: string }> = (await client.query('SELECT id FROM track ORDER BY position')).rows;
    // 20 requirements: 10 courses (4 at the province, 6 at districts), 4 tracks, 6 in hours (recurring, some of them).
    const requirements: Array<[string, string, string[], string | null, string | null, number | null, number | null]> = [];
    for (let i = 0; i < 10; i += 1) requirements.push([`Khóa ${i + 1}`, i < 4 ? province.id : districts[i % districts.length].id, i % 2 ? ['OFFICIAL'] : ['OFFICIAL', 'LEADER'], courseIds[i], null, null, null]);
    for (let i = 0; i < 4; i += 1) requirements.push([`Lộ trình ${i + 1}`, i < 2 ? province.id : districts[(i + 3) % districts.length].id, [], null, tracks[i % tracks.length].id, null, null]);
    for (let i = 0; i < 6; i += 1) requirements.push([`Giờ học ${i + 1}`, i < 3 ? province.id : districts[(i + 5) % districts.length].id, ['OFFICIAL'], null, null, 2 + i, i % 2 ? 12 : null]);
    for (const [title, unit, audiences, courseId, trackId, hours, recurrence] of requirements) {
      await client.query(
        `INSERT INTO training_requirement (title, org_unit_id, audiences, course_id, track_id, hours, recurrence_months, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now() + interval '30 days')`,
        [title, unit, audiences, courseId, trackId, hours, recurrence],
      );
    }
    await client.query('ANALYZE');
    const counts = (await client.query(`SELECT (SELECT count(*) FROM app_user)::int AS people, (SELECT count(*) FROM enrollment)::int AS enrollments, (SELECT count(*) FROM training_requirement)::int AS requirements, (SELECT count(*) FROM org_unit)::int AS units`)).rows[0] as Record<string, number>;
    console.log(`Seeded in ${seconds(started)} s: ${counts.people} people, ${counts.enrollments} enrollments, ${counts.requirements} requirements, ${counts.units} org units`);

    const enrolment = nest.get(RequirementEnrolmentService);
    started = Date.now();
    const first = await enrolment.evaluate(null);
    const enrolled = (await client.query('SELECT count(*)::int AS n FROM enrollment')).rows[0] as { n: number };
    console.log(`First coverage of every requirement: ${seconds(started)} s (${first.newlyCovered} covered, ${first.enrolled} enrolled; ${enrolled.n} enrollments now); load average ${load()}`);
    await client.query('ANALYZE');

    const { port } = nest.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as Record<string, unknown>;
    };
    const login = (await post('mutation { login(input: { email: "admin@demo.hocso.vn", password: "HocSo@2026" }) { accessToken } }', {})) as { login: { accessToken: string } };
    const token = login.login.accessToken;
    const sample = (await post(REPORT, { unit: province.id }, token)) as { complianceReport: { total: { required: number; completed: number; rate: number } } };
    console.log(`Province, every requirement: ${sample.complianceReport.total.completed}/${sample.complianceReport.total.required} (${(sample.complianceReport.total.rate * 100).toFixed(1)} %)`);
    const [requirement] = (await client.query("SELECT id FROM training_requirement WHERE title = 'Giờ học 1'")).rows as Array<{ id: string }>;
    const district = districts[2];

    const fmt = (r: { p50: number; p95: number; max: number }) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms ${r.p95 < GOAL_MS ? '(goal met)' : '(goal NOT met)'}`;
    const provinceAll = await timed(REQUESTS, async () => void (await post(REPORT, { unit: province.id }, token)));
    console.log(`Province report, every requirement (${REQUESTS} requests): ${fmt(provinceAll)}; load average ${load()}`);
    const provinceOne = await timed(REQUESTS, async () => void (await post(REPORT, { unit: province.id, req: requirement.id }, token)));
    console.log(`Province report, one requirement: ${fmt(provinceOne)}`);
    const districtAll = await timed(REQUESTS, async () => void (await post(REPORT, { unit: district.id }, token)));
    console.log(`District report (${district.name}), every requirement: ${fmt(districtAll)}; load average ${load()}`);
    const levels = await timed(REQUESTS, async () => void (await post(LEVELS, { unit: province.id }, token)));
    console.log(`Province report by level, every requirement: ${fmt(levels)}`);

    started = Date.now();
    await seedPeople(client, ONBOARDED, 'onboarded');
    await client.query('ANALYZE app_user');
    const inserted = seconds(started);
    started = Date.now();
    const again = await enrolment.evaluate(null);
    const reevaluated = (Date.now() - started) / 1000;
    console.log(
      `Onboarding of ${ONBOARDED} people (inserted in ${inserted} s), then coverage of every requirement re-evaluated in ${reevaluated.toFixed(1)} s (${again.newlyCovered} newly covered, ${again.enrolled} enrolled) ${reevaluated < 60 ? '(goal < 60 s met)' : '(goal < 60 s NOT met)'}; load average ${load()}`,
    );
    await client.end();
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    await app?.close();
    if (KEEP_DATABASE) console.log(`Database kept: ${database}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
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
