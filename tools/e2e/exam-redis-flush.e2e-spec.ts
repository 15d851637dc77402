import { type ExamDeadlineJob, QUEUES } from '@hocso/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AcknowledgedSaves, ExamTaker, GraphqlRefusal, startExamScene, startOwnRedis, waitUntil } from '../exam-load';
import { useExamLoadSuite } from './support/exam-load-suite';

const TAKERS = 120;
const QUESTIONS = 10;
const TIME_LIMIT_SECONDS = 15;
/** Redis is flushed once this many saves are acknowledged: every attempt has started and scheduled its job. */
const FLUSH_AFTER_SAVES = TAKERS * 3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an exam whose Redis is flushed (FLUSHALL) mid-exam', () => {
  const suite = useExamLoadSuite();

  it('leaves no attempt open past its deadline and loses nothing acknowledged', async () => {
    const dataSource = suite.db();
    const ownRedis = await startOwnRedis();
    suite.cleanUp(() => ownRedis.stop());
    const scene = await startExamScene(dataSource, {
      takers: TAKERS,
      // The sweep every 2 s, so the test does not wait the default 30 s for it.
      env: { REDIS_URL: ownRedis.url, EXAM_SWEEP_INTERVAL_MS: '2000' },
      exam: { bankQuestions: QUESTIONS * 2, questionsPerAttempt: QUESTIONS, timeLimitSeconds: TIME_LIMIT_SECONDS },
    });
    suite.cleanUp(scene.close);
    const { client: http, examId, population, takerTokens: tokens } = scene;

    const ledger = new AcknowledgedSaves();
    const takers = tokens.map((token) => new ExamTaker(token, http, ledger));
    await Promise.all(takers.map((taker) => taker.start(examId)));

    const redis = new Redis(ownRedis.url, { maxRetriesPerRequest: null });
    suite.cleanUp(() => redis.disconnect());
    const deadlineJobs = new Queue<ExamDeadlineJob>(QUEUES.examDeadline, { connection: redis, prefix: process.env['QUEUE_PREFIX'] });
    suite.cleanUp(() => deadlineJobs.close());
    const delayedJobs: number[] = [];
    const flushed = (async () => {
      await waitUntil(async () => ledger.count, (count) => count >= FLUSH_AFTER_SAVES, 60_000, 20);
      delayedJobs.push(await deadlineJobs.getDelayedCount());
      await ownRedis.flushAll();
      delayedJobs.push(await deadlineJobs.getDelayedCount());
    })();
    // A third of the takers submit once they have answered everything; a third keep changing answers until the
    // deadline refuses them (which closes their attempt); the last third answer everything, then go silent (a
    // phone out of battery): only the sweep can close theirs, as their delayed jobs went with Redis.
    const kindOf = (index: number) => (['submits', 'saves until refused', 'goes silent'] as const)[index % 3]!;
    const refusals = await Promise.all(
      takers.map(async (taker, index) => {
        const { questions } = taker.attempt;
        for (let round = 0; ; round += 1) {
          for (const question of questions) {
            await pause(100 + ((index * 7 + question.slot * 13) % 200));
            try {
              await taker.save(question.slot, [question.options[(index + round + question.slot) % question.options.length]!.id]);
            } catch (error) {
              if (error instanceof GraphqlRefusal) return error.reason;
              throw error;
            }
          }
          if (kindOf(index) === 'submits') {
            await taker.submit();
            return null;
          }
          if (kindOf(index) === 'goes silent') return null;
        }
      }),
    );
    await flushed;
    // Each attempt had its delayed job until the flush; none is left after it.
    expect(delayedJobs).toEqual([TAKERS, 0]);
    expect(refusals.filter((reason) => reason !== null)).toEqual(Array(TAKERS / 3).fill('exam.attemptClosed'));

    // Nothing is left in Redis to close the others: the sweep does, finished at their deadline.
    const closed: Array<{ state: string; auto_submitted: boolean; at_deadline: boolean; index: number }> = await waitUntil(
      () =>
        dataSource.query(
          `SELECT a.state, a.auto_submitted, a.submitted_at = a.deadline AS at_deadline, t.index::int
             FROM exam_attempt a JOIN unnest($2::uuid[]) WITH ORDINALITY AS t(user_id, index) ON t.user_id = a.user_id
            WHERE a.exam_id = $1 ORDER BY t.index`,
          [examId, population.takerIds],
        ),
      (all: Array<{ state: string }>) => all.length === TAKERS && all.every((row) => row.state !== 'IN_PROGRESS'),
      60_000,
    );
    for (const row of closed) {
      const submittedByHand = kindOf(row.index - 1) === 'submits';
      expect(row).toMatchObject({ state: 'GRADED', auto_submitted: !submittedByHand, at_deadline: !submittedByHand });
    }
    expect(await ledger.lostIn(dataSource)).toEqual([]);
    expect(await ledger.gradedWithout(dataSource)).toEqual([]);
  }, 150_000);
});
