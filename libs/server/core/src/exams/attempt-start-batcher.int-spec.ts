import { getQueueToken } from '@nestjs/bullmq';
import { examDeadlineJobId, QUEUES } from '@hocso/contracts';
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createTestExam } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { until } from '../test-support/until';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { type AttemptInsert, AttemptStartBatcher } from './attempt-start-batcher';
import { AttemptService } from './attempt.service';
import { ExamsModule } from './exams.module';

describe('Starts of one event-loop round share one INSERT (PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let attempts: AttemptService;
  let batcher: AttemptStartBatcher;

  beforeAll(async () => {
    ctx = await createTestingContext([QuestionBankModule, ExamsModule]);
    db = ctx.dataSource;
    attempts = ctx.get(AttemptService);
    batcher = ctx.get(AttemptStartBatcher);
  });
  afterAll(() => ctx.close());

  const learner = async () => (await createTestUser(db, { withPassword: false })).actor;
  /** The transactions that inserted the exam's attempts: rows written by one statement share its xmin. */
  const insertingTransactions = async (examId: string): Promise<number> => {
    const [{ count }] = await db.query('SELECT count(DISTINCT xmin::text)::int AS count FROM exam_attempt WHERE exam_id = $1', [examId]);
    return count;
  };

  it('inserts the attempts of 60 learners starting at once in far fewer transactions, each with its own questions and a deadline job', async () => {
    const { examId } = await createTestExam(ctx, { shuffleQuestions: true, shuffleOptions: true });
    const learners = await Promise.all(Array.from({ length: 60 }, () => learner()));
    const views = await Promise.all(learners.map((actor) => attempts.start(actor, examId)));
    expect(new Set(views.map((view) => view.attempt.id)).size).toBe(60);
    expect(views.map((view) => view.attempt.userId).sort()).toEqual(learners.map((actor) => actor.userId).sort());
    for (const view of views) expect(view.attempt).toMatchObject({ examId, number: 1, state: 'IN_PROGRESS' });
    expect(await insertingTransactions(examId)).toBeLessThan(20);
    const queue = ctx.get<Queue>(getQueueToken(QUEUES.examDeadline));
    for (const { attempt } of views.slice(0, 5)) {
      // The starts answer once committed; their deadline jobs follow.
      expect(await until(() => queue.getJob(examDeadlineJobId(attempt.id, attempt.acceptsUntil as Date)), (job) => job !== undefined, 5000)).toBeDefined();
    }
  });

  it('gives two presses of one learner in the same round the one attempt it inserted', async () => {
    const { examId } = await createTestExam(ctx);
    const actor = await learner();
    const others = await Promise.all(Array.from({ length: 5 }, () => learner()));
    const [first, second, ...rest] = await Promise.all([actor, actor, ...others].map((who) => attempts.start(who, examId)));
    expect(second.attempt.id).toBe(first.attempt.id);
    expect(rest.map((view) => view.attempt.userId)).toEqual(others.map((other) => other.userId));
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM exam_attempt WHERE exam_id = $1 AND user_id = $2', [examId, actor.userId]);
    expect(count).toBe(1);
  });

  it('inserts each attempt alone when the shared statement fails, so that only the faulty one is refused', async () => {
    const { examId } = await createTestExam(ctx);
    const now = new Date();
    const insertFor = (userId: string, exam = examId): AttemptInsert => ({
      examId: exam,
      userId,
      number: 1,
      startedAt: now,
      timeMultiplier: 1,
      deadline: new Date(now.getTime() + 60_000),
      acceptsUntil: new Date(now.getTime() + 60_000),
      slots: [],
      maxPoints: 0,
    });
    const [good, alsoGood] = await Promise.all([learner(), learner()]);
    const results = await Promise.allSettled([
      batcher.insert(insertFor(good.userId)),
      batcher.insert(insertFor(alsoGood.userId, randomUUID())),
      batcher.insert(insertFor(alsoGood.userId)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows: Array<{ user_id: string }> = await db.query('SELECT user_id FROM exam_attempt WHERE exam_id = $1 ORDER BY user_id', [examId]);
    expect(rows.map((row) => row.user_id)).toEqual([good.userId, alsoGood.userId].sort());
  });

  it('answers null for a learner who already has an attempt open, so that the start resumes it', async () => {
    const { examId } = await createTestExam(ctx);
    const actor = await learner();
    const { attempt } = await attempts.start(actor, examId);
    const now = new Date();
    await expect(
      batcher.insert({ examId, userId: actor.userId, number: 2, startedAt: now, timeMultiplier: 1, deadline: null, acceptsUntil: null, slots: [], maxPoints: 0 }),
    ).resolves.toBeNull();
    expect((await attempts.start(actor, examId)).attempt.id).toBe(attempt.id);
  });
});
