import { createTestExam, createTestUser, type TestExam } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

/**
 * A request whose database connection goes away under it (a restart, a failover: here the server ends the
 * backend, as a fast shutdown does) is answered HTTP 503 SERVICE_UNAVAILABLE with Retry-After, in the reader's
 * language, never as a 200 carrying INTERNAL_SERVER_ERROR; sent again, it succeeds on a new connection.
 */
describe('a database connection lost during a request', () => {
  let api: TestApi;
  let db: DataSource;
  let exam: TestExam;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    exam = await createTestExam({ dataSource: db, get: (type) => api.app.get(type, { strict: false }) });
  });
  afterAll(() => api?.close());

  async function holdAttemptInserts(): Promise<QueryRunner> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE exam_attempt IN EXCLUSIVE MODE');
    return runner;
  }

  /** Ends the backend of the start waiting for the lock, as PostgreSQL's fast shutdown ends every backend. */
  async function terminateTheWaitingInsert(): Promise<void> {
    for (let tries = 0; tries < 200; tries += 1) {
      const [{ ended }]: Array<{ ended: number }> = await db.query(
        `SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND ltrim(query, E' \\n') LIKE 'INSERT INTO exam_attempt%'`,
      );
      if (ended > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no start reached its INSERT');
  }

  it('answers 503 with Retry-After and a Vietnamese sentence, and the same start succeeds when sent again', async () => {
    const token = await signIn(api, (await createTestUser(db)).email);
    const send = () =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation ($id: ID!) { startAttempt(examId: $id) { id state } }', variables: { id: exam.examId } }),
      });
    const lock = await holdAttemptInserts();
    let lost: Response;
    try {
      const sent = send();
      await terminateTheWaitingInsert();
      lost = await sent;
    } finally {
      await lock.rollbackTransaction();
      await lock.release();
    }
    expect(lost.status).toBe(503);
    expect(lost.headers.get('retry-after')).toBe('2');
    const body = (await lost.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]).toMatchObject({
      message: 'Hệ thống tạm thời gián đoạn, yêu cầu chưa được thực hiện; vui lòng thử lại sau 2 giây',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'common.unavailable' },
    });
    expect(JSON.stringify(body)).not.toMatch(/terminating|administrator|at \w+ \(/);

    const again = await send();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: { startAttempt: { state: string } } }).data.startAttempt.state).toBe('IN_PROGRESS');
  });
});
