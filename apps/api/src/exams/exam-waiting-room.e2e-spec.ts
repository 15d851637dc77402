import { createTestExam, createTestUser, type TestExam } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type GraphqlResponse, type TestApi } from '../test-support/test-api';

const START = 'mutation ($id: ID!) { startAttempt(examId: $id) { id number state } }';

type Started = GraphqlResponse<{ startAttempt: { id: string; number: number; state: string } }>;

/**
 * The waiting room in front of startAttempt, with one start at a time and no waiting line: while a start
 * holds the only slot (its INSERT waits for a table lock the test holds), a burst of other starts is refused
 * at once with its place and when to come back; coming back then starts every one of them.
 */
describe('the exam waiting room through GraphQL', () => {
  const saved = { EXAM_START_CONCURRENCY: process.env['EXAM_START_CONCURRENCY'], EXAM_START_MAX_WAIT_MS: process.env['EXAM_START_MAX_WAIT_MS'] };
  let api: TestApi;
  let db: DataSource;
  let exam: TestExam;

  beforeAll(async () => {
    process.env['EXAM_START_CONCURRENCY'] = '1';
    process.env['EXAM_START_MAX_WAIT_MS'] = '1';
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    exam = await createTestExam({ dataSource: db, get: (type) => api.app.get(type, { strict: false }) });
  });
  afterAll(async () => {
    await api?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const start = (token: string, acceptLanguage?: string): Promise<Started> => api.gql(START, { id: exam.examId }, token, acceptLanguage);
  const newTaker = async () => signIn(api, (await createTestUser(db)).email);

  /** Holds new attempts back: an INSERT into exam_attempt waits until the lock is released (reads go on). */
  async function lockAttemptInserts(): Promise<QueryRunner> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE exam_attempt IN EXCLUSIVE MODE');
    return runner;
  }

  async function untilAStartWaitsForTheLock(): Promise<void> {
    for (let tries = 0; tries < 100; tries += 1) {
      const [{ waiting }]: Array<{ waiting: number }> = await db.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND ltrim(query, E' \n') LIKE 'INSERT INTO exam_attempt%'`,
      );
      if (waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no start reached its INSERT');
  }

  /** Starts again after each refusal's retryAfterSeconds (and a little jitter), as the portal does, until it starts. */
  async function startComingBack(token: string, refused: Started): Promise<{ started: Started; comebacks: number }> {
    let last = refused;
    for (let comebacks = 1; comebacks <= 10; comebacks += 1) {
      const retryAfterSeconds = Number(last.errors?.[0]?.extensions?.['retryAfterSeconds']);
      await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000 + Math.random() * 300));
      last = await start(token);
      if (!last.errors) return { started: last, comebacks };
      expect(last.errors[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'exam.waitingRoom' });
    }
    throw new Error(`still refused after 10 comebacks: ${JSON.stringify(last.errors)}`);
  }

  it('refuses a burst while the slot is taken, with place and retryAfterSeconds in the reader’s language, and starts everyone who comes back', async () => {
    const first = await newTaker();
    const burst = await Promise.all(Array.from({ length: 12 }, () => newTaker()));
    const fragmentUser = await newTaker();
    const lock = await lockAttemptInserts();
    let firstStart: Promise<Started>;
    let refusals: Started[];
    let fragmented: Started;
    try {
      firstStart = start(first);
      await untilAStartWaitsForTheLock();
      refusals = await Promise.all(burst.map((token, index) => start(token, index % 2 === 1 ? 'en' : undefined)));
      // Hidden in a fragment, a start still goes through the waiting room.
      fragmented = await api.gql('mutation ($id: ID!) { ...Start } fragment Start on Mutation { startAttempt(examId: $id) { id } }', { id: exam.examId }, fragmentUser);
    } finally {
      await lock.commitTransaction();
      await lock.release();
    }
    expect((await firstStart).data?.startAttempt).toMatchObject({ number: 1, state: 'IN_PROGRESS' });
    expect(fragmented.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'exam.waitingRoom' });

    const positions: number[] = [];
    for (const [index, refused] of refusals.entries()) {
      expect(refused.status).toBe(429);
      expect(refused.data ?? null).toBeNull();
      const error = refused.errors?.[0];
      expect(error?.extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'exam.waitingRoom',
        retryAfterSeconds: expect.any(Number),
        position: expect.any(Number),
      });
      const { position, retryAfterSeconds } = error?.extensions as { position: number; retryAfterSeconds: number };
      expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error?.extensions?.['params']).toEqual({ position, seconds: retryAfterSeconds });
      expect(error?.message).toBe(
        index % 2 === 1
          ? `Many people are starting the exam at once. You are at about place ${position} in line; it will try again by itself in ${retryAfterSeconds} seconds`
          : `Đang có nhiều người vào thi cùng lúc. Bạn ở vị trí khoảng ${position}; hệ thống tự thử lại sau ${retryAfterSeconds} giây`,
      );
      positions.push(position);
    }
    // The first holds the slot (place 1): each refused start counts the ones refused before it as ahead.
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index + 2));
    const waits = refusals.map((refused) => Number(refused.errors?.[0]?.extensions?.['retryAfterSeconds']));
    expect(Math.max(...waits)).toBeGreaterThan(Math.min(...waits));

    const cameBack = await Promise.all(burst.map((token, index) => startComingBack(token, refusals[index] as Started)));
    for (const { started } of cameBack) expect(started.data?.startAttempt).toMatchObject({ number: 1, state: 'IN_PROGRESS' });
    const [{ attempts, takers }]: Array<{ attempts: number; takers: number }> = await db.query(
      'SELECT count(*)::int AS attempts, count(DISTINCT user_id)::int AS takers FROM exam_attempt WHERE exam_id = $1',
      [exam.examId],
    );
    expect({ attempts, takers }).toEqual({ attempts: 13, takers: 13 });
  });
});
