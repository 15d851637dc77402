/**
 * Certificate issuing benchmark: N completed enrollments (default 10,000) are committed at once with their
 * `enrollment.completed` outbox rows, as completing a course writes them; the built worker process (one)
 * relays them to BullMQ and issues each certificate with its PDF and signed Open Badges credential. Prints
 * certificates per second (goal ≥ 50/s), the worker's peak memory, and the time until the last certificate's
 * PDF is served by the built API.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { insertCompletions } from '../e2e/support/certificate-completions';
import { startNode, stopChild } from '../launcher/src/child-process';
import { freePort } from '../launcher/src/free-port';
import globalSetup from '../test/global-setup';
import globalTeardown from '../test/global-teardown';

const COMPLETIONS = Number(process.env['BENCH_COMPLETIONS'] ?? 10_000);
// BENCH_SERVER_DIST runs another build (a copy of an earlier one), to compare two builds on the same load.
const dist = path.resolve(process.env['BENCH_SERVER_DIST'] ?? path.resolve(__dirname, '../../dist/server'));

/** CPU time (user + system, all threads) a process has used so far, in milliseconds. */
function cpuMs(pid: number): number {
  // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU used so far by the PostgreSQL backends serving this database (the worker's, the API's and this script's connections). */
async function databaseCpuMs(db: Client): Promise<number> {
  const { rows } = (await db.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')) as { rows: Array<{ pid: number }> };
  return rows.reduce((sum, row) => {
    try {
      return sum + cpuMs(row.pid);
    } catch {
      return sum;
    }
  }, 0);
}

/** The peak resident memory of a process (VmHWM), in MiB. */
function peakMemoryMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:')) ?? 'VmHWM: 0 kB';
  return Number(/(\d+)/.exec(line)?.[1] ?? 0) / 1024;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main(): Promise<void> {
  await globalSetup();
  const storage = mkdtempSync(path.join(tmpdir(), 'hocso-bench-certificates-'));
  const port = await freePort(3800 + Math.floor(Math.random() * 100));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), STORAGE_DIR: storage, LOG_LEVEL: 'warn', OUTBOX_RELAY_INTERVAL_MS: '200' };
  const api = startNode(path.join(dist, 'apps/api/src/main.js'), env);
  // BENCH_WORKER_CPU_PROF=<dir>: the worker writes a CPU profile of each of its threads there when it stops.
  const profileDir = process.env['BENCH_WORKER_CPU_PROF'];
  const workerScript = path.join(dist, 'apps/worker/src/main.js');
  const worker = profileDir
    ? spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`, workerScript], { env, stdio: 'inherit' })
    : startNode(workerScript, env);
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(() => fetch(`${url}/health`).then((response) => response.ok).catch(() => false), 60_000);
    console.log(`Certificate benchmark: ${COMPLETIONS} completions, one worker process (CERTIFICATE_CONCURRENCY ${process.env['CERTIFICATE_CONCURRENCY'] ?? 'default'}, CERTIFICATE_RENDER_THREADS ${process.env['CERTIFICATE_RENDER_THREADS'] ?? 'default'})`);
    const workerCpuBefore = cpuMs(worker.pid as number);
    const databaseCpuBefore = await databaseCpuMs(db);
    const loadBefore = loadavg();
    await insertCompletions((sql, params) => db.query(sql, params), COMPLETIONS, 'BENCH-CERT');
    const started = performance.now();
    let firstAt = 0;
    await waitFor(async () => {
      const [row] = (await db.query(`SELECT count(*)::int AS done FROM certificate WHERE pdf_storage_key IS NOT NULL AND credential IS NOT NULL`)).rows as Array<{ done: number }>;
      if (!firstAt && row!.done > 0) firstAt = performance.now();
      return row!.done >= COMPLETIONS;
    }, 3_600_000);
    const issuedSeconds = (performance.now() - started) / 1000;
    const workerCpu = cpuMs(worker.pid as number) - workerCpuBefore;
    const databaseCpu = (await databaseCpuMs(db)) - databaseCpuBefore;
    const loadAfter = loadavg();
    const [last] = (await db.query('SELECT serial FROM certificate ORDER BY serial DESC LIMIT 1')).rows as Array<{ serial: string }>;
    await waitFor(() => fetch(`${url}/certificates/${last!.serial}.pdf`).then((response) => response.ok).catch(() => false), 60_000);
    const visibleSeconds = (performance.now() - started) / 1000;
    const [counts] = (
      await db.query(`SELECT count(*)::int AS certificates, count(DISTINCT enrollment_id)::int AS enrollments, count(credential)::int AS credentials FROM certificate`)
    ).rows as Array<{ certificates: number; enrollments: number; credentials: number }>;
    const rate = COMPLETIONS / issuedSeconds;
    console.log(`issued: ${counts!.certificates} certificates for ${counts!.enrollments} enrollments (${counts!.credentials} with a signed credential)`);
    console.log(`time: ${issuedSeconds.toFixed(1)} s from the commit of the completions to the last PDF and credential stored (first after ${((firstAt - started) / 1000).toFixed(2)} s)`);
    console.log(`rate: ${rate.toFixed(1)} certificates/s — goal ≥ 50/s ${rate >= 50 ? 'met' : 'NOT met'}`);
    console.log(
      `CPU per certificate: worker ${(workerCpu / COMPLETIONS).toFixed(1)} ms (all its threads; ${(workerCpu / 1000 / issuedSeconds).toFixed(2)} cores busy on average), ` +
        `PostgreSQL backends of this database ${(databaseCpu / COMPLETIONS).toFixed(1)} ms`,
    );
    console.log(`load average: ${loadBefore.map((value) => value.toFixed(1)).join(' ')} before, ${loadAfter.map((value) => value.toFixed(1)).join(' ')} after (${cpus().length} cores)`);
    console.log(`worker peak memory (VmHWM): ${peakMemoryMiB(worker.pid as number).toFixed(0)} MiB`);
    console.log(`last certificate served by the API (GET ${last!.serial}.pdf) after ${visibleSeconds.toFixed(1)} s`);
  } finally {
    await db.end();
    await Promise.all([stopChild(api), stopChild(worker)]);
    rmSync(storage, { recursive: true, force: true });
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
