// `npm run bench:exam -- --takers 10000`: exam day at province scale. A database of its own, a Redis of its own,
// the built API and worker as separate processes (as `npm start` runs them), and the takers as HTTP clients of
// this process, in phone groups with a keep-alive pool each. Access tokens are pre-issued by the platform's
// TokenService before the clock starts (signing in is not what is measured). Every taker starts within the ramp,
// answers each question after a think time with jitter, changes some answers, one in ten reloads and resumes,
// one in ten answers three questions offline and replays them, one in fifty abandons half-way (the exam's close
// auto-submits it), the others submit. Then a throughput phase: every taker saves without think time for a fixed
// time on a second exam, against pgbench running the same upsert on the same database. `--drill` does, half-way
// through the exam, what its name says; the run ends with the same `exam-day:` line.
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createDataSource, loadConfig } from '@hocso/server-core';
import type { DataSource } from 'typeorm';
import globalSetup from '../test/global-setup';
import globalTeardown from '../test/global-teardown';
import {
  AcknowledgedSaves,
  commonFailures,
  createOpenExam,
  describeUsage,
  type DrillWindow,
  examDayProfile,
  ExamDayRecorder,
  type ExamDayTakerRun,
  ExamServers,
  ExamTaker,
  FAULT_DRILLS,
  type FaultDrill,
  GraphqlHttpClient,
  isFaultDrill,
  issueAccessTokens,
  measureRawUpsertRate,
  percentile,
  PhoneGroups,
  runFaultDrill,
  saveFlatOut,
  seedExamPopulation,
  startOwnRedis,
  takeExamLikeAPhone,
  UsageWindow,
  type UsageReport,
  watchedProcesses,
} from '../exam-load';

const { values: args } = parseArgs({
  options: {
    takers: { type: 'string', default: '10000' },
    questions: { type: 'string', default: '20' },
    'think-seconds': { type: 'string', default: '30' },
    'ramp-seconds': { type: 'string', default: '60' },
    'throughput-seconds': { type: 'string', default: '30' },
    'raw-seconds': { type: 'string', default: '15' },
    'group-size': { type: 'string', default: '25' },
    'sockets-per-group': { type: 'string', default: '5' },
    drill: { type: 'string' },
  },
});

const number = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, not ${String(args[name])}`);
  return value;
};
const TAKERS = number('takers');
const QUESTIONS = number('questions');
const THINK_MS = number('think-seconds') * 1000;
const RAMP_MS = number('ramp-seconds') * 1000;
const THROUGHPUT_MS = number('throughput-seconds') * 1000;
const RAW_SECONDS = number('raw-seconds');
function drillOf(name: string | undefined): FaultDrill | undefined {
  if (name !== undefined && !isFaultDrill(name)) throw new Error(`--drill must be one of ${FAULT_DRILLS.join(', ')}`);
  return name;
}
const drill = drillOf(args.drill);
const GRACE_SECONDS = 30;
/** How long after an attempt's deadline and grace the check for open attempts runs: the delayed job's lateness. */
const CLOSE_LATENCY_MS = 10_000;
/** Requests are sent again for this long after a failure, as the portal's save queue does. */
const RETRY_FOR_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const ms = (values: number[], p: number) => `${percentile(sorted(values), p).toFixed(0)} ms`;

function stepLine(label: string, durations: number[], seconds: number): string {
  return `${label.padEnd(10)} ${durations.length} in ${seconds.toFixed(0)} s, p50 ${ms(durations, 50)}, p99 ${ms(durations, 99)}, max ${ms(durations, 100)}`;
}

async function main(): Promise<void> {
  Object.assign(process.env, { ACCESS_TOKEN_TTL_SECONDS: String(4 * 3600), LOG_LEVEL: 'warn' });
  await globalSetup();
  const databaseUrl = process.env['DATABASE_URL'] as string;
  const redis = await startOwnRedis();
  const dataSource = createDataSource({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 2 });
  await dataSource.initialize();
  let servers: ExamServers | undefined;
  let phones: PhoneGroups | undefined;
  try {
    const setupBegan = Date.now();
    const population = await seedExamPopulation(dataSource, TAKERS);
    const [trainerToken, ...tokens] = await issueAccessTokens([population.trainerId, ...population.takerIds]);
    servers = await ExamServers.start({ env: { REDIS_URL: redis.url } });
    const running = servers;
    const admin = new GraphqlHttpClient(running.url, 4);
    const answersPerTaker = QUESTIONS + QUESTIONS / 5;
    const expectedWorkMs = answersPerTaker * THINK_MS;
    // The exam closes once every taker who keeps going has had time to finish: the abandoned are closed then.
    const closesAt = new Date(Date.now() + RAMP_MS + expectedWorkMs * 1.25 + 60_000 + (drill ? 60_000 : 0));
    const exam = await createOpenExam(admin, trainerToken as string, {
      bankQuestions: QUESTIONS * 2,
      questionsPerAttempt: QUESTIONS,
      timeLimitSeconds: Math.ceil((closesAt.getTime() - Date.now()) / 1000) + 600,
      graceSeconds: GRACE_SECONDS,
      closesAt: closesAt.toISOString(),
      title: 'Thi kỹ năng số — ngày thi',
    });
    const flatOut = await createOpenExam(
      admin,
      trainerToken as string,
      { bankQuestions: QUESTIONS * 2, questionsPerAttempt: QUESTIONS, timeLimitSeconds: 3600, title: 'Thi kỹ năng số — đo thông lượng' },
      exam.bankId,
    );
    // The trainer takes the second exam once, so the API has run each path before the clock starts.
    const warmUp = new ExamTaker(trainerToken as string, admin, new AcknowledgedSaves());
    const warm = await warmUp.start(flatOut.examId);
    await warmUp.save(warm.questions[0]!.slot, [warm.questions[0]!.options[0]!.id]);
    await warmUp.submit();
    const setupSeconds = (Date.now() - setupBegan) / 1000;

    phones = new PhoneGroups(running.url, TAKERS, number('group-size'), number('sockets-per-group'));
    const ledger = new AcknowledgedSaves();
    const recorder = new ExamDayRecorder();
    const runs: ExamDayTakerRun[] = tokens.map((token, index) => ({
      index,
      taker: new ExamTaker(token, (phones as PhoneGroups).clientOf(index), ledger, {
        retryNetworkFailuresForMs: RETRY_FOR_MS,
        onResent: (error) => recorder.failed('sent again', error),
      }),
      examId: exam.examId,
      profile: examDayProfile(index, QUESTIONS),
      thinkMs: THINK_MS,
      ledger,
      recorder,
    }));
    const watched = watchedProcesses({ api: () => running.api.pid, worker: () => running.worker.pid, redis: () => redis.pid }, databaseUrl);

    // The exam: the start ramp, then answers with think time; the drill half-way.
    console.log(`exam-day: ${TAKERS} takers start within ${RAMP_MS / 1000} s; ${QUESTIONS} questions, think time ${THINK_MS / 1000} s ± 50 %`);
    const examWindow = await UsageWindow.start(watched, databaseUrl);
    const examBegan = Date.now();
    let rampUsage: UsageReport | undefined;
    const rampWindow = await UsageWindow.start(watched, databaseUrl);
    const rampDone = sleep(RAMP_MS + 1000).then(async () => {
      rampUsage = await rampWindow.stop();
    });
    let drillWindow: DrillWindow | null = null;
    const drillDone = drill
      ? sleep(RAMP_MS + expectedWorkMs / 2).then(async () => {
          console.log(`drill ${drill}: now`);
          drillWindow = await runFaultDrill(drill, { servers: running, redis, databaseUrl });
          console.log(`drill ${drill}: ${drillWindow.what}; the platform answered again after ${((drillWindow.to - drillWindow.from) / 1000).toFixed(1)} s`);
        })
      : Promise.resolve();
    await Promise.all(
      runs.map(async (run) => {
        await sleep((run.index / Math.max(1, TAKERS)) * RAMP_MS);
        await takeExamLikeAPhone(run);
      }),
    );
    await Promise.all([rampDone, drillDone]);
    const examSeconds = (Date.now() - examBegan) / 1000;
    const examUsage = await examWindow.stop();
    const examSaves = recorder.durations.save.length;

    // Throughput: every taker but the abandoned starts the second exam, then all save without think time.
    const fast = runs.filter((run) => run.profile.abandonAfter === null).map((run) => ({ ...run, examId: flatOut.examId, recorder: new ExamDayRecorder() }));
    await Promise.all(
      fast.map(async (run) => {
        await sleep((run.index / Math.max(1, TAKERS)) * Math.min(RAMP_MS, 30_000));
        const began = performance.now();
        await run.taker.start(run.examId).then(
          () => run.recorder.record('start', performance.now() - began),
          (error: unknown) => run.recorder.failed('start', error),
        );
      }),
    );
    // Both rates are measured from a checkpoint, so that neither pays for the other's (or the exam's) dirty pages.
    await dataSource.query('CHECKPOINT');
    const throughputWindow = await UsageWindow.start(watched, databaseUrl);
    const from = Date.now();
    const until = from + THROUGHPUT_MS;
    let savedInWindow = 0;
    await Promise.all(fast.filter((run) => run.recorder.durations.start.length > 0).map((run) => saveFlatOut(run, until, (at) => (savedInWindow += at <= until ? 1 : 0))));
    const throughputUsage = await throughputWindow.stop();
    const throughputRate = savedInWindow / (THROUGHPUT_MS / 1000);
    const fastSaves = fast.flatMap((run) => run.recorder.durations.save);
    await Promise.all(fast.map((run) => run.taker.submit().catch((error: unknown) => run.recorder.failed('submit', error))));
    const fastFailures = fast.flatMap((run) => run.recorder.failures);

    // The abandoned attempts are closed at the exam's close (plus grace) by the worker; then nothing may be open.
    const closedBy = closesAt.getTime() + GRACE_SECONDS * 1000 + CLOSE_LATENCY_MS;
    if (Date.now() < closedBy) {
      console.log(`waiting ${((closedBy - Date.now()) / 1000).toFixed(0)} s for the exam to close and its abandoned attempts to be submitted`);
      await sleep(closedBy - Date.now());
    }
    const open = await attemptsLeftOpen(dataSource, [exam.examId, flatOut.examId]);
    const lost = await ledger.lostIn(dataSource);
    const gradedWithout = await ledger.gradedWithout(dataSource);
    const [{ autoSubmitted }]: Array<{ autoSubmitted: number }> = await dataSource.query(
      `SELECT count(*)::int AS "autoSubmitted" FROM exam_attempt WHERE exam_id = $1 AND auto_submitted`,
      [exam.examId],
    );
    const { DATABASE_POOL_SIZE: poolSize, API_PROCESSES: apiProcesses } = loadConfig();
    // After the checks above: the measurement reopens the second exam's attempts and writes answers of its own.
    await dataSource.query('CHECKPOINT');
    const raw = await measureRawUpsertRate(dataSource, databaseUrl, flatOut.examId, { clients: poolSize * apiProcesses, seconds: RAW_SECONDS });

    // A start the waiting room turned away came back after the wait it was given: not lost, but a refusal the phone saw.
    const waitingRoomWaits = runs.reduce((sum, run) => sum + run.taker.waitingRoomWaits, 0);
    const failures = [...recorder.failures, ...fastFailures];
    const errorCount = failures.length + waitingRoomWaits;
    const { inside, outside } = recorder.failuresSplitBy(drillWindow);
    const lostCount = lost.length + gradedWithout.length + recorder.resumeMismatches;
    console.log(
      `\nexam-day: ${TAKERS} takers (tokens pre-issued), ${QUESTIONS} questions, think ${THINK_MS / 1000} s ± 50 %, ramp ${RAMP_MS / 1000} s; ` +
        `${phones.connectionsAtMost} keep-alive connections at most (${Math.ceil(TAKERS / phones.groupSize)} phone groups × ${phones.socketsPerGroup}); ` +
        `${apiProcesses} API process${apiProcesses > 1 ? 'es' : ''}, database pool ${poolSize} per process; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}); setup ${setupSeconds.toFixed(0)} s`,
    );
    console.log(`the exam (${examSeconds.toFixed(0)} s): ${examSaves} saves, ${recorder.abandoned} attempts abandoned half-way, ${autoSubmitted} auto-submitted at the close`);
    console.log(stepLine('start', recorder.durations.start, RAMP_MS / 1000));
    console.log(stepLine('save', recorder.durations.save, examSeconds));
    console.log(stepLine('submit', recorder.durations.submit, examSeconds));
    if (rampUsage) console.log(`  during the start ramp:\n${describeUsage(rampUsage)}`);
    console.log(`  during the whole exam:\n${describeUsage(examUsage)}`);
    console.log(
      `throughput (${THROUGHPUT_MS / 1000} s without think time, ${fast.length} takers): ${savedInWindow} saves = ${throughputRate.toFixed(0)}/s, ` +
        `p50 ${ms(fastSaves, 50)}, p99 ${ms(fastSaves, 99)}\n${describeUsage(throughputUsage)}`,
    );
    console.log(
      `raw PostgreSQL: ${raw.perSecond.toFixed(0)} upserts/s (pgbench, the same guarded upsert, one per transaction, ${raw.clients} clients for ${raw.seconds} s, same database)`,
    );
    if (drillWindow) {
      const window = drillWindow as DrillWindow;
      console.log(`drill ${drill}: ${inside.length} failures seen in the fault window (${((window.to - window.from) / 1000).toFixed(1)} s), ${outside.length} outside it`);
    }
    if (waitingRoomWaits) console.log(`  waiting room: ${waitingRoomWaits} starts refused with a place and a time to come back (counted as errors)`);
    for (const line of commonFailures(failures)) console.log(`  failure ${line}`);
    for (const save of lost.slice(0, 5)) console.log(`  lost: ${JSON.stringify(save)}`);
    for (const slot of gradedWithout.slice(0, 5)) console.log(`  graded without an acknowledged answer: ${JSON.stringify(slot)}`);
    if (recorder.resumeMismatches) console.log(`  ${recorder.resumeMismatches} resumes did not hold every acknowledged answer`);
    console.log(
      `exam-day: ${TAKERS} takers, ${errorCount} errors, ${lostCount} lost answers, ${open} attempts left open, ` +
        `start p99 ${ms(recorder.durations.start, 99)}, save p99 ${ms(recorder.durations.save, 99)}, ` +
        `${examSaves} saves at ${throughputRate.toFixed(0)}/s = ${((throughputRate / raw.perSecond) * 100).toFixed(0)} % of raw PostgreSQL upserts (${raw.perSecond.toFixed(0)}/s)`,
    );
    const errorsThatCount = drill ? outside.length + fastFailures.length : errorCount;
    if (errorsThatCount > 0 || lostCount > 0 || open > 0) process.exitCode = 1;
  } finally {
    phones?.close();
    await servers?.stop();
    await dataSource.destroy();
    await redis.stop();
    await globalTeardown();
  }
}

/** Attempts still in progress although their deadline and grace have passed. */
async function attemptsLeftOpen(dataSource: DataSource, examIds: string[]): Promise<number> {
  const [{ open }]: Array<{ open: number }> = await dataSource.query(
    `SELECT count(*)::int AS open FROM exam_attempt WHERE exam_id = ANY($1::uuid[]) AND state = 'IN_PROGRESS' AND accepts_until < now()`,
    [examIds],
  );
  return open;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
