import { QuestionBankModule } from '../question-bank/question-bank.module';
import { createTestExam } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AnswerSavingService } from './answer-saving.service';
import type { AttemptSlot } from './attempt-slot';
import { AttemptService } from './attempt.service';
import { ExamsModule } from './exams.module';

/** A context whose batcher holds saves for a long window and writes at most a few per statement. */
async function contextWithBatching(windowMs: number, batchMax: number): Promise<TestingContext> {
  const saved = { window: process.env['ANSWER_SAVE_BATCH_WINDOW_MS'], max: process.env['ANSWER_SAVE_BATCH_MAX'] };
  process.env['ANSWER_SAVE_BATCH_WINDOW_MS'] = String(windowMs);
  process.env['ANSWER_SAVE_BATCH_MAX'] = String(batchMax);
  try {
    return await createTestingContext([QuestionBankModule, ExamsModule]);
  } finally {
    for (const [name, value] of [['ANSWER_SAVE_BATCH_WINDOW_MS', saved.window], ['ANSWER_SAVE_BATCH_MAX', saved.max]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('Answer saves on shutdown (PostgreSQL)', () => {
  let reader: TestingContext;

  beforeAll(async () => {
    reader = await createTestingContext([QuestionBankModule, ExamsModule]);
  });
  afterAll(() => reader.close());

  it('writes and answers every save still in the batch window or being written before the pool closes', async () => {
    const closing = await contextWithBatching(100, 5);
    const takers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const { actor } = await createTestUser(closing.dataSource, { withPassword: false });
        const { attempt } = await closing.get(AttemptService).start(actor, (await createTestExam(closing)).examId);
        return { actor, attempt, trueFalse: attempt.slots.find((slot: AttemptSlot) => slot.type === 'TRUE_FALSE') as AttemptSlot };
      }),
    );
    const saving = closing.get(AnswerSavingService);
    // 4 takers × 3 saves of one slot: two full batches of 5 are written at once, 2 saves wait in the window; the
    // older saves of a slot are outrun by the newer one of their batch and answered by a second read.
    const saves = takers.flatMap(({ actor, attempt, trueFalse }) =>
      [1, 2, 3].map((clientSeq) =>
        saving.save(actor, { attemptId: attempt.id, slot: trueFalse.slot, clientSeq, boolean: clientSeq % 2 === 1 }),
      ),
    );
    const outcomes = Promise.allSettled(saves);

    await closing.close();

    const settled = await outcomes;
    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect(closing.dataSource.isInitialized).toBe(false);
    const acknowledged = settled.map((outcome) => (outcome as PromiseFulfilledResult<{ clientSeq: number }>).value.clientSeq);
    acknowledged.forEach((clientSeq, index) => expect(clientSeq).toBeGreaterThanOrEqual((index % 3) + 1));
    for (const { attempt, trueFalse } of takers) {
      const rows = await reader.dataSource.query('SELECT slot, client_seq, response FROM attempt_answer WHERE attempt_id = $1', [attempt.id]);
      expect(rows).toEqual([{ slot: trueFalse.slot, client_seq: 3, response: { boolean: true } }]);
    }
  });
});
