import { type ExamDeadlineJob, examDeadlineJobId, QUEUES } from '@hocso/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AcknowledgedSaves, ExamTaker, GraphqlRefusal, startExamScene, waitUntil } from '../exam-load';
import { useExamLoadSuite } from './support/exam-load-suite';

/** Ten takers of each group: they submit; their attempt is read past its deadline; nobody touches theirs. */
const GROUP = 10;
const TIME_LIMIT_SECONDS = 10;

interface AttemptRow {
  id: string;
  state: string;
  auto_submitted: boolean;
  submitted_at: Date | null;
  at_deadline: boolean | null;
  results: unknown;
  score_points: number | null;
  score_percent: number | null;
  passed: boolean | null;
  graded_at: Date | null;
}

describe('exam deadlines while the worker is down (killed with kill -9)', () => {
  const suite = useExamLoadSuite();

  const rows = (examId: string): Promise<AttemptRow[]> =>
    suite.db().query(
      `SELECT id, state, auto_submitted, submitted_at, submitted_at = deadline AS at_deadline, results, score_points, score_percent, passed, graded_at
         FROM exam_attempt WHERE exam_id = $1 ORDER BY id`,
      [examId],
    );

  it('ends every attempt at its deadline by a read or the sweep, and the delayed jobs run later change nothing', async () => {
    const dataSource = suite.db();
    const prefix = `${process.env['QUEUE_PREFIX']}:exam-worker-down`;
    const scene = await startExamScene(dataSource, {
      takers: GROUP * 3,
      env: { QUEUE_PREFIX: prefix },
      exam: { bankQuestions: 10, questionsPerAttempt: 5, timeLimitSeconds: TIME_LIMIT_SECONDS },
    });
    suite.cleanUp(scene.close);
    const { servers: platform, client: http, examId, takerTokens: tokens } = scene;
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    suite.cleanUp(() => redis.disconnect());
    const deadlineJobs = new Queue<ExamDeadlineJob>(QUEUES.examDeadline, { connection: redis, prefix });
    suite.cleanUp(() => deadlineJobs.close());
    await platform.worker.kill();

    const ledger = new AcknowledgedSaves();
    const takers = tokens.map((token) => new ExamTaker(token, http, ledger));
    const [submitters, readers, untouched] = [takers.slice(0, GROUP), takers.slice(GROUP, GROUP * 2), takers.slice(GROUP * 2)];
    await Promise.all(
      takers.map(async (taker) => {
        const { questions } = await taker.start(examId);
        for (const question of questions.slice(0, 3)) await taker.save(question.slot, [question.options[0]!.id]);
      }),
    );
    await Promise.all(submitters.map((taker) => taker.submit()));
    const overdue = [...readers, ...untouched].map((taker) => taker.attempt);
    for (const attempt of overdue) {
      const job = await deadlineJobs.getJob(examDeadlineJobId(attempt.id, new Date(attempt.acceptsUntil as string)));
      expect(await job?.getState()).toBe('delayed');
    }

    // Past every deadline (the database's clock), with no worker to run the jobs.
    await waitUntil(
      () => dataSource.query('SELECT count(*)::int AS n FROM exam_attempt WHERE exam_id = $1 AND accepts_until >= now()', [examId]),
      ([{ n }]: Array<{ n: number }>) => n === 0,
      60_000,
    );
    const stillOpen = (await rows(examId)).filter((row) => row.state === 'IN_PROGRESS').length;
    expect(stillOpen).toBe(GROUP * 2);

    // The lazy path: reading an attempt past its deadline closes it, finished at the deadline.
    for (const taker of readers) {
      const read = await taker.read();
      expect(read).toMatchObject({ state: 'GRADED', autoSubmitted: true, submittedAt: read.deadline });
    }
    // A save to a closed attempt is refused.
    const [reader] = readers as [ExamTaker];
    const refusal = await reader.save(reader.attempt.questions[4]!.slot, [reader.attempt.questions[4]!.options[0]!.id]).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphqlRefusal);
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'exam.attemptClosed' });

    // The sweep of another worker, on queues of its own (so it runs none of these jobs), closes the rest.
    const otherWorker = await platform.startOtherWorker({ QUEUE_PREFIX: `${prefix}:other`, EXAM_SWEEP_INTERVAL_MS: '1000' });
    const untouchedIds = new Set(untouched.map((taker) => taker.attempt.id));
    await waitUntil(
      () => rows(examId),
      (all) => all.every((row) => row.state !== 'IN_PROGRESS'),
      60_000,
    );
    suite.cleanUp(() => otherWorker.stop());
    await otherWorker.stop();
    const closed = await rows(examId);
    for (const row of closed.filter((row) => untouchedIds.has(row.id))) {
      expect(row).toMatchObject({ state: 'GRADED', auto_submitted: true, at_deadline: true });
    }
    const submitterIds = new Set(submitters.map((taker) => taker.attempt.id));
    for (const row of closed.filter((row) => submitterIds.has(row.id))) {
      expect(row).toMatchObject({ state: 'GRADED', auto_submitted: false, at_deadline: false });
    }

    // The worker again: its delayed jobs, long due, run now and change nothing.
    await platform.startWorker();
    for (const attempt of overdue) {
      const jobId = examDeadlineJobId(attempt.id, new Date(attempt.acceptsUntil as string));
      const done = await waitUntil(
        async () => {
          // The state first: a job read before it completed would still carry no return value.
          const state = await deadlineJobs.getJobState(jobId);
          const job = await deadlineJobs.getJob(jobId);
          return { state, returned: job?.returnvalue as unknown };
        },
        (job) => job.state === 'completed' || job.state === 'failed',
        60_000,
      );
      expect(done).toEqual({ state: 'completed', returned: false });
    }
    await waitUntil(
      () => deadlineJobs.getJobCounts('delayed', 'waiting', 'active', 'failed'),
      (counts) => counts['delayed'] === 0 && counts['waiting'] === 0 && counts['active'] === 0,
      60_000,
    );
    expect(await deadlineJobs.getJobCounts('failed')).toEqual({ failed: 0 });
    expect(await rows(examId)).toEqual(closed);
    expect(await ledger.lostIn(dataSource)).toEqual([]);
    expect(await ledger.gradedWithout(dataSource)).toEqual([]);
  }, 150_000);
});
