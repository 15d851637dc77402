import { AcknowledgedSaves, ExamTaker, startExamScene, waitUntil } from '../exam-load';
import { useExamLoadSuite } from './support/exam-load-suite';

const TAKERS = 200;
const QUESTIONS = 10;
/** Each taker answers every question, then changes every answer: two saves per slot. */
const SAVES_PER_TAKER = QUESTIONS * 2;
/** The API is killed once this share of all saves is acknowledged: mid-exam, with saves in flight. */
const KILL_AT_SHARE = 0.3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an exam whose API process is killed with kill -9 mid-exam (200 takers over HTTP)', () => {
  const suite = useExamLoadSuite();

  it('keeps every acknowledged save, and the takers resume the same attempts and submit', async () => {
    const dataSource = suite.db();
    const scene = await startExamScene(dataSource, {
      takers: TAKERS,
      env: { QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}:exam-api-crash` },
      exam: { bankQuestions: QUESTIONS * 2, questionsPerAttempt: QUESTIONS, timeLimitSeconds: 1800 },
    });
    suite.cleanUp(scene.close);
    const { servers: platform, client: http, examId, takerTokens: tokens } = scene;

    const ledger = new AcknowledgedSaves();
    // A phone's save queue: a save that meets a dead connection is sent again, with its clientSeq, until answered.
    const takers = tokens.map((token) => new ExamTaker(token, http, ledger, { retryNetworkFailuresForMs: 90_000 }));
    const firstAttemptIds = (await Promise.all(takers.map((taker) => taker.start(examId)))).map((attempt) => attempt.id);

    let lostWhileDown: unknown[] | undefined;
    let acknowledgedAtKill = 0;
    let downMs = 0;
    const crashed = (async () => {
      await waitUntil(async () => ledger.count, (count) => count >= TAKERS * SAVES_PER_TAKER * KILL_AT_SHARE, 120_000, 20);
      await platform.api.kill();
      const killedAt = Date.now();
      acknowledgedAtKill = ledger.count;
      // Checked while no API runs: what was acknowledged before the kill is in PostgreSQL, not in a dead process.
      lostWhileDown = await ledger.lostIn(dataSource);
      platform.api.start();
      await platform.waitForApi();
      downMs = Date.now() - killedAt;
    })();

    const submitted = await Promise.all(
      takers.map(async (taker, index) => {
        const { questions } = taker.attempt;
        for (const round of [1, 2]) {
          for (const question of questions) {
            await pause(20 + ((index * 7 + question.slot * 13) % 60));
            const option = question.options[(index + question.slot + round) % question.options.length]!;
            await taker.save(question.slot, [option.id]);
          }
        }
        await crashed;
        const resumed = await taker.start(examId);
        return { resumed, closed: await taker.submit() };
      }),
    );
    await crashed;

    const resent = takers.reduce((sum, taker) => sum + taker.networkFailures, 0);
    const lost = await ledger.lostIn(dataSource);
    console.log(
      `kill -9 of the API after ${acknowledgedAtKill} of ${TAKERS * SAVES_PER_TAKER} saves acknowledged: down ${downMs} ms, ` +
        `${resent} requests sent again, ${ledger.count} saves acknowledged in all, ${lost.length} lost`,
    );
    expect(acknowledgedAtKill).toBeGreaterThan(0);
    expect(lostWhileDown).toEqual([]);
    // The kill met takers mid-save: some requests failed on the dead connection and were sent again.
    expect(resent).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(await ledger.gradedWithout(dataSource)).toEqual([]);
    expect(submitted.map(({ resumed }) => resumed.id)).toEqual(firstAttemptIds);
    // Resuming gives back every slot's answer as last acknowledged, whichever API process acknowledged it.
    for (const { resumed } of submitted) {
      expect(resumed.state).toBe('IN_PROGRESS');
      const expected = resumed.questions.map((question) => {
        const { slot, clientSeq, optionIds } = ledger.newestOf(resumed.id, question.slot) ?? {};
        return { slot, clientSeq, optionIds };
      });
      expect([...resumed.answers].sort((a, b) => a.slot - b.slot)).toEqual(expected.sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0)));
    }
    expect(submitted.every(({ closed }) => closed.state === 'GRADED' && !closed.autoSubmitted)).toBe(true);
    const [{ attempts, open }]: Array<{ attempts: number; open: number }> = await dataSource.query(
      `SELECT count(*)::int AS attempts, count(*) FILTER (WHERE state = 'IN_PROGRESS')::int AS open FROM exam_attempt WHERE exam_id = $1`,
      [examId],
    );
    expect({ attempts, open }).toEqual({ attempts: TAKERS, open: 0 });
  }, 150_000);
});
