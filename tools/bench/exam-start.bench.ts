// `npm run bench:exam-start`: the synchronised start of an exam. A database of its own, the built API and worker
// as separate processes (as `npm start` runs them), and BENCH_TAKERS takers (default 1,000), each an HTTP
// keep-alive connection of this process: all press "start" within BENCH_START_SPREAD_MS (default one second),
// then each saves every answer of its attempt (BENCH_QUESTIONS, default 20) without think time, one in five of
// them changed again under a higher clientSeq, and submits. Access tokens are issued before the clock starts
// (signing in is not what is measured). Prints, per phase, p50/p99, the CPU of the API and the worker, the
// PostgreSQL connections used and what they were doing; then errors, lost answers (every acknowledged save
// compared with attempt_answer) and attempts left open. BENCH_PROFILE=1 also profiles the API's CPU during the start and the saves.
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource, loadConfig } from '@hocso/server-core';
import globalSetup from '../test/global-setup';
import globalTeardown from '../test/global-teardown';
import {
  AcknowledgedSaves,
  ConnectionSampler,
  cpuPercent,
  type ExamScene,
  type ExamServers,
  ExamTaker,
  machineBusyPercent,
  machineCpu,
  processTreeUsage,
  processUsage,
  startExamScene,
  summariseCpuProfile,
  topOf,
  measureRawUpsertRate,
  percentile,
} from '../exam-load';

const TAKERS = Number(process.env['BENCH_TAKERS'] ?? 1000);
const QUESTIONS = Number(process.env['BENCH_QUESTIONS'] ?? 20);
const START_SPREAD_MS = Number(process.env['BENCH_START_SPREAD_MS'] ?? 1000);
/** BENCH_PROFILE=1: profile the API's CPU (`node --cpu-prof`); BENCH_PROFILE_DIR keeps the .cpuprofile there (Chrome DevTools opens it). */
const PROFILE_DIR = process.env['BENCH_PROFILE_DIR'];
const PROFILE = process.env['BENCH_PROFILE'] === '1' || !!PROFILE_DIR;
/** Seconds of the raw PostgreSQL upsert measurement (pgbench) the saves are compared with; 0 skips it. */
const RAW_SECONDS = Number(process.env['BENCH_RAW_SECONDS'] ?? 10);


const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const pct = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)}%` : '?');

interface PhaseReport {
  label: string;
  durations: number[];
  wallSeconds: number;
  fromUs: number;
  toUs: number;
  line: string;
}

/** Runs one phase of every taker at once and measures what it cost: latencies, CPU of each process, PostgreSQL. */
async function phase(
  label: string,
  servers: ExamServers,
  databaseUrl: string,
  run: (record: (durationMs: number) => void) => Promise<unknown>,
): Promise<PhaseReport> {
  const sampler = await ConnectionSampler.start(databaseUrl);
  const durations: number[] = [];
  const [api, worker, machine, client] = [processTreeUsage(servers.api.pid), processUsage(servers.worker.pid), machineCpu(), process.cpuUsage()];
  const fromUs = monotonicUs();
  const began = performance.now();
  await run((durationMs) => durations.push(durationMs));
  const wallSeconds = (performance.now() - began) / 1000;
  const toUs = monotonicUs();
  const clientUsage = process.cpuUsage(client);
  const [apiAfter, workerAfter, machineAfter] = [processTreeUsage(servers.api.pid), processUsage(servers.worker.pid), machineCpu()];
  const connections = await sampler.stop();
  durations.sort((a, b) => a - b);
  const line =
    `${label.padEnd(7)} ${durations.length} in ${wallSeconds.toFixed(2)} s (${(durations.length / wallSeconds).toFixed(0)}/s), ` +
    `p50 ${percentile(durations, 50).toFixed(0)} ms, p99 ${percentile(durations, 99).toFixed(0)} ms, max ${percentile(durations, 100).toFixed(0)} ms\n` +
    `        CPU: API ${pct(cpuPercent(api, apiAfter, wallSeconds))}, worker ${pct(cpuPercent(worker, workerAfter, wallSeconds))}, ` +
    `takers' client ${pct(((clientUsage.user + clientUsage.system) / 1e6 / wallSeconds) * 100)} (of one core); ` +
    `machine ${pct(machineBusyPercent(machine, machineAfter))} of ${os.cpus().length} cores\n` +
    `        PostgreSQL: ${(connections.transactions / Math.max(1, durations.length)).toFixed(1)} transactions per ${label === 'saves' ? 'save' : label}, ` +
    `${connections.maxConnections} connections at most (${connections.maxActive} running a statement at once); ` +
    `running backends were on ${topOf(connections.waits, 4)}\n` +
    `        statements seen running: ${topOf(connections.statements, 4)}`;
  return { label, durations, wallSeconds, fromUs, toUs, line };
}

async function main(): Promise<void> {
  Object.assign(process.env, { ACCESS_TOKEN_TTL_SECONDS: '3600', LOG_LEVEL: 'warn' });
  await globalSetup();
  const databaseUrl = process.env['DATABASE_URL'] as string;
  const profileDir = PROFILE ? (PROFILE_DIR ? path.resolve(PROFILE_DIR) : mkdtempSync(path.join(os.tmpdir(), 'hocso-exam-start-profile-'))) : undefined;
  let scene: ExamScene | undefined;
  try {
    const dataSource = createDataSource({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 2 });
    await dataSource.initialize();
    scene = await startExamScene(dataSource, {
      takers: TAKERS,
      env: {},
      apiNodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      exam: { bankQuestions: QUESTIONS * 2, questionsPerAttempt: QUESTIONS, timeLimitSeconds: 3600 },
    });
    const { servers, client: http, examId, trainerToken, takerTokens } = scene;

    const ledger = new AcknowledgedSaves();
    const errors = new Map<string, number>();
    const failed = (step: string, error: unknown) => {
      const key = `${step}: ${(error as Error).message.slice(0, 160)}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    };
    // The trainer takes the exam once first, so the API has run each path before the clock starts.
    const warmUp = new ExamTaker(trainerToken, http, new AcknowledgedSaves());
    const warm = await warmUp.start(examId);
    await warmUp.save(warm.questions[0]!.slot, [warm.questions[0]!.options[0]!.id]);
    await warmUp.submit();

    const takers = takerTokens.map((token) => new ExamTaker(token, http, ledger));
    const started: ExamTaker[] = [];
    const start = await phase('start', servers, databaseUrl, (record) =>
      Promise.all(
        takers.map(async (taker, index) => {
          await new Promise((resolve) => setTimeout(resolve, (index / TAKERS) * START_SPREAD_MS));
          const began = performance.now();
          try {
            await taker.start(examId);
            record(performance.now() - began);
            started.push(taker);
          } catch (error) {
            failed('start', error);
          }
        }),
      ),
    );
    const saves = await phase('saves', servers, databaseUrl, (record) =>
      Promise.all(
        started.map(async (taker, index) => {
          const { questions } = taker.attempt;
          // Every answer once, then one in five changed again: the change must win over the first save.
          const changed = questions.filter((question) => (question.slot + index) % 5 === 0);
          let choice = index;
          for (const question of [...questions, ...changed]) {
            choice += 1;
            const option = question.options[choice % question.options.length]!;
            const began = performance.now();
            try {
              await taker.save(question.slot, [option.id]);
              record(performance.now() - began);
            } catch (error) {
              failed('save', error);
            }
          }
        }),
      ),
    );
    const submits = await phase('submit', servers, databaseUrl, (record) =>
      Promise.all(
        started.map(async (taker) => {
          const began = performance.now();
          try {
            await taker.submit();
            record(performance.now() - began);
          } catch (error) {
            failed('submit', error);
          }
        }),
      ),
    );

    const lost = await ledger.lostIn(dataSource);
    const [{ open }]: Array<{ open: number }> = await dataSource.query(
      `SELECT count(*)::int AS open FROM exam_attempt WHERE exam_id = $1 AND state = 'IN_PROGRESS'`,
      [examId],
    );
    const [apiUsage, workerUsage] = [processTreeUsage(servers.api.pid), processUsage(servers.worker.pid)];
    const poolSize = loadConfig().DATABASE_POOL_SIZE;
    // After the checks above: the measurement reopens the attempts and writes answers of its own.
    const raw = RAW_SECONDS > 0 ? await measureRawUpsertRate(dataSource, databaseUrl, examId, { clients: poolSize, seconds: RAW_SECONDS }) : null;
    await dataSource.destroy();

    console.log(
      `\nexam-start: ${TAKERS} takers × ${QUESTIONS} questions, started within ${START_SPREAD_MS} ms, ` +
        `one connection each; database pool ${poolSize} per process; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'})`,
    );
    for (const report of [start, saves, submits]) console.log(report.line);
    const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
    for (const [message, count] of [...errors.entries()].slice(0, 5)) console.log(`  error ×${count}: ${message}`);
    for (const save of lost.slice(0, 5)) console.log(`  lost: ${JSON.stringify(save)}`);
    console.log(
      `result: ${errorCount} errors, ${lost.length} lost answers (of ${ledger.count} acknowledged saves), ${open} attempts left open; ` +
        `RSS peak: API ${apiUsage?.peakRssMb.toFixed(0) ?? '?'} MB, worker ${workerUsage?.peakRssMb.toFixed(0) ?? '?'} MB`,
    );
    console.log(
      `exam-start: start p50 ${percentile(start.durations, 50).toFixed(0)} ms p99 ${percentile(start.durations, 99).toFixed(0)} ms, ` +
        `save p50 ${percentile(saves.durations, 50).toFixed(0)} ms p99 ${percentile(saves.durations, 99).toFixed(0)} ms, ` +
        `${errorCount} errors, ${lost.length} lost answers, ${open} attempts left open`,
    );
    if (raw) {
      const rate = saves.durations.length / saves.wallSeconds;
      console.log(
        `saves through GraphQL: ${saves.durations.length} at ${rate.toFixed(0)}/s = ${((rate / raw.perSecond) * 100).toFixed(0)} % of raw PostgreSQL upserts ` +
          `(${raw.perSecond.toFixed(0)}/s: pgbench, the same guarded upsert, one per transaction, ${raw.clients} clients for ${raw.seconds} s, same database)`,
      );
    }
    if (profileDir) {
      await servers.stop();
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error('the API wrote no CPU profile');
      for (const report of [start, saves]) {
        const summary = summariseCpuProfile(path.join(profileDir, file), report.fromUs, report.toUs);
        console.log(`API CPU profile of the ${report.label} phase (${summary.sampledMs.toFixed(0)} ms sampled${PROFILE_DIR ? `; ${path.join(profileDir, file)}` : ''}):`);
        console.log(`  by origin: ${summary.byOrigin.map((entry) => `${entry.origin} ${entry.percent.toFixed(0)}%`).join(', ')}`);
        for (const entry of summary.topFunctions) console.log(`  ${entry.percent.toFixed(1).padStart(5)}%  ${entry.name}`);
      }
    }
    if (errorCount > 0 || lost.length > 0 || open > 0) process.exitCode = 1;
  } finally {
    await scene?.close();
    if (profileDir && !PROFILE_DIR) rmSync(profileDir, { recursive: true, force: true });
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
