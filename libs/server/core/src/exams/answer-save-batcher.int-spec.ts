import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestExam } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AnswerSavingService, type SaveAnswerCommand } from './answer-saving.service';
import type { AttemptSlot } from './attempt-slot';
import { AttemptService } from './attempt.service';
import { ExamsModule } from './exams.module';

describe('Group commit of answer saves (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let attempts: AttemptService;
  let answers: AnswerSavingService;
  let answerWrites: string[];

  beforeAll(async () => {
    ctx = await createTestingContext([QuestionBankModule, ExamsModule]);
    db = ctx.dataSource;
    attempts = ctx.get(AttemptService);
    answers = ctx.get(AnswerSavingService);
    const query = db.query.bind(db);
    jest.spyOn(db, 'query').mockImplementation((...args: Parameters<DataSource['query']>) => {
      const [sql] = args;
      if (sql.includes('INSERT INTO attempt_answer')) answerWrites.push(sql.includes('unnest(') ? 'batch' : 'single');
      return query(...args);
    });
  });
  beforeEach(() => {
    answerWrites = [];
  });
  afterAll(() => ctx.close());

  const slotOfType = (slots: AttemptSlot[], type: AttemptSlot['type']) => slots.find((slot) => slot.type === type) as AttemptSlot;

  async function started() {
    const actor = (await createTestUser(db, { withPassword: false })).actor;
    const { attempt } = await attempts.start(actor, (await createTestExam(ctx)).examId);
    return { actor, attempt };
  }

  const storedAnswers = async (attemptId: string) =>
    db.query('SELECT slot, client_seq, response FROM attempt_answer WHERE attempt_id = $1 ORDER BY slot', [attemptId]);

  const saveAs = (actor: Actor, command: SaveAnswerCommand) => answers.save(actor, command).catch((error: unknown) => error);

  it('writes concurrent saves with one statement, keeps the newest of a slot, and refuses each bad one as alone', async () => {
    const takers = await Promise.all([started(), started(), started()]);
    const [first] = takers;
    const single = slotOfType(first.attempt.slots, 'SINGLE_CHOICE');
    const options = single.optionOrder as string[];
    const trueFalse = slotOfType(first.attempt.slots, 'TRUE_FALSE');
    const sameSlot = [3, 1, 5, 2, 4].map((clientSeq) => ({ clientSeq, optionIds: [options[clientSeq % options.length]] }));

    const results = await Promise.all([
      ...sameSlot.map((save) => saveAs(first.actor, { attemptId: first.attempt.id, slot: single.slot, ...save })),
      ...takers.map(({ actor, attempt }) => saveAs(actor, { attemptId: attempt.id, slot: slotOfType(attempt.slots, 'TRUE_FALSE').slot, clientSeq: 10, boolean: true })),
      saveAs(first.actor, { attemptId: first.attempt.id, slot: 99, clientSeq: 11, boolean: true }),
      saveAs(first.actor, { attemptId: first.attempt.id, slot: trueFalse.slot, clientSeq: 12, number: 3 }),
      saveAs(takers[1].actor, { attemptId: first.attempt.id, slot: single.slot, clientSeq: 99, optionIds: [options[0]] }),
    ]);

    // The newest save of the slot is stored and answered as stored; the older ones get it, as if they came after it.
    const newest = sameSlot.find((save) => save.clientSeq === 5);
    results.slice(0, 5).forEach((result) => expect(result).toMatchObject({ slot: single.slot, clientSeq: 5, response: { optionIds: newest?.optionIds } }));
    results.slice(5, 8).forEach((result) => expect(result).toMatchObject({ clientSeq: 10, response: { boolean: true } }));
    const [unknownSlot, wrongField, foreign] = results.slice(8);
    expect(unknownSlot).toBeInstanceOf(DomainError);
    expect(await domainErrorOf(Promise.reject(unknownSlot))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slot', reason: 'exam.slotUnknown', params: { slot: 99, count: 7 } });
    expect(await domainErrorOf(Promise.reject(wrongField))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number', reason: 'answer.numberNotExpected' });
    expect(await domainErrorOf(Promise.reject(foreign))).toMatchObject({ code: 'NOT_FOUND', reason: 'exam.attemptNotFound' });

    expect(await storedAnswers(first.attempt.id)).toEqual(
      [
        { slot: single.slot, client_seq: 5, response: { optionIds: newest?.optionIds } },
        { slot: trueFalse.slot, client_seq: 10, response: { boolean: true } },
      ].sort((a, b) => a.slot - b.slot),
    );
    for (const { attempt } of takers.slice(1)) {
      expect(await storedAnswers(attempt.id)).toEqual([{ slot: slotOfType(attempt.slots, 'TRUE_FALSE').slot, client_seq: 10, response: { boolean: true } }]);
    }
    // 11 saves, one statement; the outrun older saves were answered from the stored row, not written again, but
    // for the true-false save outrun by the refused newer one of its slot, which was written alone afterwards.
    expect(answerWrites).toEqual(['batch', 'single']);
  });

  it('writes an outrun save whose newer save of the slot was refused', async () => {
    const { actor, attempt } = await started();
    const single = slotOfType(attempt.slots, 'SINGLE_CHOICE');
    const [older, newer] = await Promise.all([
      saveAs(actor, { attemptId: attempt.id, slot: single.slot, clientSeq: 1, optionIds: [(single.optionOrder as string[])[0]] }),
      saveAs(actor, { attemptId: attempt.id, slot: single.slot, clientSeq: 2, text: 'không hợp lệ' }),
    ]);
    expect(older).toMatchObject({ clientSeq: 1, response: { optionIds: [(single.optionOrder as string[])[0]] } });
    expect(await domainErrorOf(Promise.reject(newer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'answer.textNotExpected' });
    expect(await storedAnswers(attempt.id)).toEqual([{ slot: single.slot, client_seq: 1, response: { optionIds: [(single.optionOrder as string[])[0]] } }]);
    expect(answerWrites).toEqual(['batch', 'single']);
  });

  it('writes each save alone when the batch statement fails, acknowledging only what was stored', async () => {
    const { actor, attempt } = await started();
    const trueFalse = slotOfType(attempt.slots, 'TRUE_FALSE');
    const essay = slotOfType(attempt.slots, 'ESSAY');
    const failing = jest.spyOn(db, 'query');
    const passThrough = failing.getMockImplementation() as DataSource['query'];
    failing.mockImplementation(async (...args: Parameters<DataSource['query']>) => {
      if (args[0].includes('unnest(')) throw new Error('canceling statement due to lock timeout');
      return passThrough(...args);
    });
    const results = await Promise.all([
      saveAs(actor, { attemptId: attempt.id, slot: trueFalse.slot, clientSeq: 1, boolean: false }),
      saveAs(actor, { attemptId: attempt.id, slot: essay.slot, clientSeq: 2, text: 'Bài luận' }),
    ]);
    expect(results).toMatchObject([{ clientSeq: 1, response: { boolean: false } }, { clientSeq: 2, response: { text: 'Bài luận' } }]);
    failing.mockImplementation(passThrough);
    expect(await storedAnswers(attempt.id)).toHaveLength(2);
    expect(answerWrites).toEqual(['single', 'single']);
  });

  it('answers a save only after its statement committed', async () => {
    const { actor, attempt } = await started();
    const trueFalse = slotOfType(attempt.slots, 'TRUE_FALSE');
    const saves = Array.from({ length: 40 }, (_, index) =>
      answers.save(actor, { attemptId: attempt.id, slot: trueFalse.slot, clientSeq: index + 1, boolean: index % 2 === 0 }).then(async (saved) => {
        const [row] = await db.query('SELECT client_seq FROM attempt_answer WHERE attempt_id = $1 AND slot = $2', [attempt.id, trueFalse.slot]);
        expect(row.client_seq).toBeGreaterThanOrEqual(saved.clientSeq);
        return saved;
      }),
    );
    const saved = await Promise.all(saves);
    expect(saved.map((view) => view.clientSeq)).toEqual(saved.map(() => 40));
    expect(answerWrites.length).toBeLessThan(saves.length / 4);
  });
});
