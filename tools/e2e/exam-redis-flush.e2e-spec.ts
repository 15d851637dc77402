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
    const endings = await Promise.all(
      takers.map(async (taker, index): Promise<{ ending: 'submitted' | 'refused' | 'silent'; autoSubmitted: boolean; reason?: string }> => {
        const { questions } = taker.attempt;
        for (let round = 0; ; round += 1) {
          for (const question of questions) {
            await pause(100 + ((index * 7 + question.slot * 13) % 200));
            try {
              await taker.save(question.slot, [question.options[(index + round + question.slot) % question.options.length]!.id]);
            } catch (error) {
              if (error instanceof GraphqlRefusal) return { ending: 'refused', autoSubmitted: true, reason: error.reason };
              throw error;
            }
          }
          // On a very slow machine a submit may come after the deadline: the server then closes it at the deadline.
          if (kindOf(index) === 'submits') return { ending: 'submitted', autoSubmitted: (await taker.submit()).autoSubmitted };
          if (kindOf(index) === 'goes silent') return { ending: 'silent', autoSubmitted: true };
        }
      }),
    );
    await flushed;
    // Each attempt had its delayed job until the flush (none had come due); none is left after it.
    expect(delayedJobs).toEqual([TAKERS, 0]);
    expect(new Set(endings.flatMap(({ reason }) => (reason ? [reason] : [])))).toEqual(new Set(['exam.attemptClosed']));
    expect(endings.filter((_, index) => kindOf(index) === 'saves until refused').every(({ ending }) => ending === 'refused')).toBe(true);
    expect(endings.filter(({ ending }) => ending === 'silent').length).toBeGreaterThan(0);

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
      const { autoSubmitted } = endings[row.index - 1]!;
      expect(row).toMatchObject({ state: 'GRADED', auto_submitted: autoSubmitted, at_deadline: autoSubmitted });
    }
    expect(await ledger.lostIn(dataSource)).toEqual([]);
    expect(await ledger.gradedWithout(dataSource)).toEqual([]);
  }, 150_000);
});
