import { isDeepStrictEqual } from 'node:util';
import { type ExamDeadlineJob, QUEUES } from '@hocso/contracts';
import { AuthModule, ExamsModule, QuestionBankModule, TokenService } from '@hocso/server-core';
import { createTestExam, createTestingContext, type TestExamOptions, type TestingContext } from '@hocso/server-core/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { freeLocalPort, type RunningProcess, startBuilt, startPrivateRedis, waitForHealth } from '../test-support/built-processes';

/**
 * The exam's promises under failure, with the built API and worker as separate processes on a Redis of the
 * test's own: an acknowledged save survives a kill -9 of the API, deadlines end attempts with the worker
 * stopped (any read closes them; the worker's jobs and sweep close the rest when it is back, changing
 * nothing already closed), and a FLUSHALL of Redis mid-exam loses neither an answer nor a deadline.
 */

interface Question {
  slot: number;
  type: string;
  options: Array<{ id: string }>;
  matchPrompts: string[];
  matchChoices: string[];
}
interface Attempt {
  id: string;
  state: string;
  deadline: string | null;
  submittedAt: string | null;
  autoSubmitted: boolean;
  questions: Question[];
}
interface Ack {
  attemptId: string;
  slot: number;
  clientSeq: number;
  response: Record<string, unknown>;
}
class RefusedError extends Error {
  constructor(readonly extensions: Record<string, unknown>) {
    super(`refused: ${JSON.stringify(extensions)}`);
  }
}

const TAKERS = 200;
const ATTEMPT = 'id state deadline submittedAt autoSubmitted questions { slot type options { id } matchPrompts matchChoices }';
const START = `mutation ($id: ID!) { startAttempt(examId: $id) { ${ATTEMPT} } }`;
const SAVE = 'mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { slot clientSeq } }';
const SUBMIT = `mutation ($id: ID!) { submitAttempt(attemptId: $id) { ${ATTEMPT} } }`;
const READ = `query ($id: ID!) { attempt(id: $id) { ${ATTEMPT} } }`;

/** The answer a taker gives to a question in a round: each round changes it, so that the stored one tells which save won. */
function answerFor(question: Question, round: number): Record<string, unknown> {
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return { optionIds: [question.options[round % question.options.length]?.id] };
    case 'TRUE_FALSE':
      return { boolean: round % 2 === 0 };
    case 'NUMERIC':
      return { number: 1940 + round };
    case 'MATCHING':
      return { matches: [{ prompt: question.matchPrompts[0], answer: question.matchChoices[round % question.matchChoices.length] }] };
    default:
      return { text: `Trả lời lần ${round}` };
  }
}

describe('exam reliability: kill -9 of the API, a stopped worker, a flushed Redis', () => {
  let redis: RunningProcess & { url: string };
  let redisClient: Redis;
  let api: RunningProcess;
  let worker: RunningProcess;
  let url: string;
  let ctx: TestingContext;
  let db: DataSource;
  let queue: Queue<ExamDeadlineJob>;
  const sharedRedisUrl = process.env['REDIS_URL'];
  /** Calls that found no API (refused, reset, timed out) and were sent again. */
  let unanswered = 0;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    redisClient = new Redis(redis.url, { maxRetriesPerRequest: null });
    process.env['REDIS_URL'] = redis.url;
    const port = await freeLocalPort();
    url = `http://127.0.0.1:${port}`;
    env = { PORT: String(port), REDIS_URL: redis.url, LOG_LEVEL: 'warn', EXAM_SWEEP_INTERVAL_MS: '1000' };
    api = startBuilt('api', env);
    worker = startBuilt('worker', env);
    ctx = await createTestingContext([QuestionBankModule, ExamsModule, AuthModule]);
    db = ctx.dataSource;
    queue = new Queue<ExamDeadlineJob>(QUEUES.examDeadline, { connection: { url: redis.url }, prefix: process.env['QUEUE_PREFIX'] });
    await waitForHealth(url, api);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([api?.kill(), worker?.kill()]);
    await queue?.close();
    await ctx?.close();
    redisClient?.disconnect();
    await redis?.kill();
    process.env['REDIS_URL'] = sharedRedisUrl;
  });

  async function tokens(count: number): Promise<string[]> {
    const ids: Array<{ id: string }> = await db.query(
      `INSERT INTO app_user (full_name, email, audience) SELECT 'Thí sinh ' || n, 'taker-' || gen_random_uuid() || '@test.hocso.vn', 'OFFICIAL'
         FROM generate_series(1, $1) n RETURNING id`,
      [count],
    );
    await db.query(`INSERT INTO role_grant (user_id, role) SELECT unnest($1::uuid[]), 'LEARNER'`, [ids.map((row) => row.id)]);
    const issuer = ctx.get(TokenService);
    return Promise.all(ids.map(async ({ id }) => (await issuer.issue(id)).accessToken));
  }

  /** A GraphQL call retried like the portal's queue retries: through refused connections, resets and 5xx, until it is answered. */
  async function call<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const giveUpAt = Date.now() + 60_000;
    for (;;) {
      const answered = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      }).then(
        async (response) => (response.status >= 500 ? null : ((await response.json()) as { data?: T; errors?: Array<{ extensions: Record<string, unknown> }> })),
        () => null,
      );
      if (answered?.errors?.length) throw new RefusedError(answered.errors[0]?.extensions ?? {});
      if (answered?.data) return answered.data;
      unanswered += 1;
      if (Date.now() > giveUpAt) throw new Error(`no answer to ${query.slice(0, 40)} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }

  const exam = (options: TestExamOptions) => createTestExam(ctx, options);
  const rowsOf = (ids: string[]): Promise<Array<{ id: string; state: string; auto_submitted: boolean; at_deadline: boolean | null; graded_at: Date | null; results: Array<{ slot: number; outcome: string }> | null; submitted_at: Date | null }>> =>
    db.query('SELECT id, state, auto_submitted, submitted_at = deadline AS at_deadline, submitted_at, graded_at, results FROM exam_attempt WHERE id = ANY($1::uuid[])', [ids]);

  /** Every acknowledged save is stored, or a newer one of the same slot; the last of each slot is what is stored. */
  async function assertNothingAcknowledgedLost(acks: readonly Ack[]): Promise<void> {
    const stored: Array<{ attempt_id: string; slot: number; client_seq: number; response: Record<string, unknown> }> = await db.query(
      'SELECT attempt_id, slot, client_seq, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])',
      [[...new Set(acks.map((ack) => ack.attemptId))]],
    );
    const byKey = new Map(stored.map((row) => [`${row.attempt_id}/${row.slot}`, row]));
    const last = new Map<string, Ack>();
    for (const ack of acks) {
      const key = `${ack.attemptId}/${ack.slot}`;
      expect(byKey.get(key)?.client_seq ?? -1).toBeGreaterThanOrEqual(ack.clientSeq);
      if ((last.get(key)?.clientSeq ?? -1) < ack.clientSeq) last.set(key, ack);
    }
    const lost = [...last].filter(([key, ack]) => byKey.get(key)?.client_seq !== ack.clientSeq || !isDeepStrictEqual(byKey.get(key)?.response, ack.response));
    expect(lost).toEqual([]);
  }

  it('keeps every acknowledged save of 200 takers through a kill -9 of the API; the takers resume and submit', async () => {
    const { examId } = await exam({ timeLimitSeconds: 1800, shuffleQuestions: true, shuffleOptions: true });
    const takers = await tokens(TAKERS);
    const acks: Ack[] = [];
    let crashed: Promise<void> | undefined;
    const crashAfter = Math.floor((TAKERS * 14) / 4);
    const unansweredBefore = unanswered;
    let restartMs = 0;

    const take = async (token: string): Promise<string> => {
      const { startAttempt: attempt } = await call<{ startAttempt: Attempt }>(START, { id: examId }, token);
      let clientSeq = 0;
      for (const round of [1, 2]) {
        for (const question of attempt.questions) {
          clientSeq += 1;
          const response = answerFor(question, round);
          await call(SAVE, { input: { attemptId: attempt.id, slot: question.slot, clientSeq, ...response } }, token);
          acks.push({ attemptId: attempt.id, slot: question.slot, clientSeq, response });
          if (acks.length === crashAfter) {
            crashed = (async () => {
              await api.kill('SIGKILL');
              const killedAt = Date.now();
              api = startBuilt('api', env);
              await waitForHealth(url, api);
              restartMs = Date.now() - killedAt;
            })();
          }
        }
      }
      const { submitAttempt } = await call<{ submitAttempt: Attempt }>(SUBMIT, { id: attempt.id }, token);
      expect(submitAttempt.state).not.toBe('IN_PROGRESS');
      return attempt.id;
    };

    const attemptIds = await Promise.all(takers.map(take));
    await crashed;
    expect(crashed).toBeDefined();
    // The kill hit takers mid-exam: some of their calls found no API and were sent again.
    const retried = unanswered - unansweredBefore;
    expect(retried).toBeGreaterThan(0);
    console.log(`kill -9 of the API after ${crashAfter} of ${TAKERS * 14} saves: back in ${restartMs} ms, ${retried} calls sent again, ${acks.length} saves acknowledged`);
    expect(new Set(attemptIds).size).toBe(TAKERS);
    expect(acks).toHaveLength(TAKERS * 14);
    await assertNothingAcknowledgedLost(acks);
    const rows = await rowsOf(attemptIds);
    expect(rows.filter((row) => row.state === 'IN_PROGRESS' || row.auto_submitted)).toEqual([]);
    // Every slot was answered, so the grading of each saw the answer stored.
    expect(rows.flatMap((row) => (row.results ?? []).filter((result) => result.outcome === 'UNANSWERED'))).toEqual([]);
  }, 240_000);

  it('ends attempts at their deadline with the worker stopped (any read closes them), and its jobs change nothing closed when it is back', async () => {
    const { examId } = await exam({ timeLimitSeconds: 3, graceSeconds: 1 });
    const takers = await tokens(5);
    const attempts = await Promise.all(takers.map(async (token) => (await call<{ startAttempt: Attempt }>(START, { id: examId }, token)).startAttempt));
    await call(SAVE, { input: { attemptId: attempts[0]?.id, slot: 1, clientSeq: 1, ...answerFor(attempts[0]?.questions[0] as Question, 1) } }, takers[0] as string);
    await worker.kill('SIGKILL');
    const acceptsUntil = Math.max(...attempts.map((attempt) => Date.parse(attempt.deadline as string))) + 1000;
    await new Promise((resolve) => setTimeout(resolve, acceptsUntil - Date.now() + 500));

    const read = (await call<{ attempt: Attempt }>(READ, { id: attempts[0]?.id }, takers[0] as string)).attempt;
    expect(read).toMatchObject({ autoSubmitted: true, submittedAt: attempts[0]?.deadline });
    expect(read.state).not.toBe('IN_PROGRESS');
    const late = await call(SAVE, { input: { attemptId: attempts[1]?.id, slot: 1, clientSeq: 1 } }, takers[1] as string).catch((error: unknown) => error);
    expect(late).toBeInstanceOf(RefusedError);
    expect((late as RefusedError).extensions).toMatchObject({ code: 'CONFLICT', reason: 'exam.attemptClosed' });
    const ids = attempts.map((attempt) => attempt.id);
    const closedWhileDown = (await rowsOf(ids)).filter((row) => row.state !== 'IN_PROGRESS');
    expect(closedWhileDown.map((row) => row.id).sort()).toEqual([ids[0], ids[1]].sort());

    worker = startBuilt('worker', env);
    const deadline = Date.now() + 30_000;
    while ((await rowsOf(ids)).some((row) => row.state === 'IN_PROGRESS')) {
      if (Date.now() > deadline) throw new Error(`attempts still open after the worker came back:\n${worker.logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const rows = await rowsOf(ids);
    expect(rows.every((row) => row.auto_submitted && row.at_deadline)).toBe(true);
    for (const before of closedWhileDown) expect(rows.find((row) => row.id === before.id)).toEqual(before);
    // The jobs of the attempts closed while the worker was down ran, and found nothing to do.
    for (const id of [ids[0], ids[1]]) {
      const [job] = (await queue.getJobs(['completed', 'delayed', 'waiting', 'active'])).filter((candidate) => candidate.data.attemptId === id);
      const finished = Date.now() + 10_000;
      while (job && !(await job.isCompleted()) && Date.now() < finished) await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await queue.getJob(job?.id as string))?.returnvalue).toBe(false);
    }
  }, 120_000);

  it('closes every attempt at its deadline and keeps every acknowledged answer when Redis is flushed mid-exam', async () => {
    const { examId } = await exam({ timeLimitSeconds: 5 });
    const takers = await tokens(20);
    const acks: Ack[] = [];
    const attempts = await Promise.all(takers.map(async (token) => (await call<{ startAttempt: Attempt }>(START, { id: examId }, token)).startAttempt));
    const saveRound = (round: number) =>
      Promise.all(
        attempts.map(async (attempt, index) => {
          const question = attempt.questions[round - 1] as Question;
          const response = answerFor(question, round);
          await call(SAVE, { input: { attemptId: attempt.id, slot: question.slot, clientSeq: round, ...response } }, takers[index] as string);
          acks.push({ attemptId: attempt.id, slot: question.slot, clientSeq: round, response });
        }),
      );
    await saveRound(1);
    expect(await queue.count()).toBeGreaterThanOrEqual(20);
    await redisClient.flushall();
    expect(await queue.count()).toBe(0);
    await saveRound(2);
    const ids = attempts.map((attempt) => attempt.id);
    const latest = Math.max(...attempts.map((attempt) => Date.parse(attempt.deadline as string)));
    const giveUpAt = latest + 15_000;
    while ((await rowsOf(ids)).some((row) => row.state === 'IN_PROGRESS')) {
      if (Date.now() > giveUpAt) throw new Error(`attempts still open after their deadline:\n${worker.logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const rows = await rowsOf(ids);
    expect(rows.every((row) => row.auto_submitted && row.at_deadline)).toBe(true);
    await assertNothingAcknowledgedLost(acks);
    for (const row of rows) {
      const answered = acks.filter((ack) => ack.attemptId === row.id).map((ack) => ack.slot);
      expect((row.results ?? []).filter((result) => answered.includes(result.slot) && result.outcome === 'UNANSWERED')).toEqual([]);
    }
  }, 120_000);
});
