import { getQueueToken } from '@nestjs/bullmq';
import { type ExamDeadlineJob, examDeadlineJobId, QUEUES } from '@hocso/contracts';
import { AttemptService, AttemptSubmissionService } from '@hocso/server-core';
import { createTestExam, createTestingContext, createTestUser, type TestingContext, until } from '@hocso/server-core/testing';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../worker.module';
import { ExamDeadlineSweeper } from './exam-deadline-sweeper.service';

describe('exam deadlines in the worker (BullMQ delayed jobs and the sweep, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let attempts: AttemptService;
  let queue: Queue<ExamDeadlineJob>;

  beforeAll(async () => {
    // Only the sweep at start-up: the jobs are what is tested here, and the sweep is called by hand.
    process.env['EXAM_SWEEP_INTERVAL_MS'] = '3600000';
    ctx = await createTestingContext([WorkerModule]);
    db = ctx.dataSource;
    attempts = ctx.get(AttemptService);
    queue = ctx.get<Queue<ExamDeadlineJob>>(getQueueToken(QUEUES.examDeadline));
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['EXAM_SWEEP_INTERVAL_MS'];
  });

  const learner = async () => (await createTestUser(db, { withPassword: false })).actor;
  const attemptRow = (id: string) =>
    db.query('SELECT state, auto_submitted, submitted_at, deadline, submitted_at = deadline AS at_deadline FROM exam_attempt WHERE id = $1', [id]).then((rows) => rows[0]);

  it('submits an attempt at its deadline by its delayed job, finished at the deadline', async () => {
    const { examId } = await createTestExam(ctx, { timeLimitSeconds: 2, graceSeconds: 1 });
    const { attempt } = await attempts.start(await learner(), examId);
    const job = await queue.getJob(examDeadlineJobId(attempt.id, attempt.acceptsUntil as Date));
    expect(await job?.getState()).toBe('delayed');
    const closed = await until(() => attemptRow(attempt.id), (row) => row.state !== 'IN_PROGRESS');
    expect(closed).toMatchObject({ state: 'GRADED', auto_submitted: true, at_deadline: true });
    expect(await until(() => job?.getState() as Promise<string>, (state) => state === 'completed')).toBe('completed');
  });

  it('lets a job for a moved deadline, or for an attempt already submitted, change nothing', async () => {
    const { examId } = await createTestExam(ctx);
    const open = (await attempts.start(await learner(), examId)).attempt;
    const stale = await queue.add('submit-at-deadline', { attemptId: open.id }, { jobId: examDeadlineJobId(open.id, new Date(Date.now() - 60_000)) });
    await until(() => stale.getState(), (state) => state === 'completed');
    expect((await queue.getJob(stale.id as string))?.returnvalue).toBe(false);
    expect(await attemptRow(open.id)).toMatchObject({ state: 'IN_PROGRESS', submitted_at: null });

    const taker = await learner();
    const done = (await attempts.start(taker, examId)).attempt;
    await ctx.get(AttemptSubmissionService).submit(taker, done.id);
    const before = await attemptRow(done.id);
    await db.query(`UPDATE exam_attempt SET accepts_until = now() - interval '1 minute' WHERE id = $1`, [done.id]);
    const late = await queue.add('submit-at-deadline', { attemptId: done.id }, { jobId: `deadline-${done.id}-late` });
    await until(() => late.getState(), (state) => state === 'completed');
    expect(await attemptRow(done.id)).toEqual(before);
  });

  it('sweeps attempts whose job never ran, finished at their deadline', async () => {
    const { examId } = await createTestExam(ctx);
    const { attempt } = await attempts.start(await learner(), examId);
    await queue.remove(examDeadlineJobId(attempt.id, attempt.acceptsUntil as Date));
    await db.query(`UPDATE exam_attempt SET deadline = now() - interval '2 minutes', accepts_until = now() - interval '1 minute' WHERE id = $1`, [attempt.id]);
    expect(await ctx.get(ExamDeadlineSweeper).sweep()).toBeGreaterThanOrEqual(1);
    expect(await attemptRow(attempt.id)).toMatchObject({ state: 'GRADED', auto_submitted: true, at_deadline: true });
  });
});
