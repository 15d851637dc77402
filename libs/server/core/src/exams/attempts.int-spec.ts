import { getQueueToken } from '@nestjs/bullmq';
import { examDeadlineJobId, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { QuestionContent } from '../question-bank/question-content';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestExam, type TestExamOptions } from '../test-support/exam-fixtures';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { until } from '../test-support/until';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { AnswerSavingService, type SaveAnswerCommand } from './answer-saving.service';
import type { AttemptSlot } from './attempt-slot';
import { AttemptSubmissionService } from './attempt-submission.service';
import { AttemptService } from './attempt.service';
import { ExamsModule } from './exams.module';

describe('Attempts (PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let attempts: AttemptService;
  let answers: AnswerSavingService;
  let submissions: AttemptSubmissionService;

  beforeAll(async () => {
    ctx = await createTestingContext([QuestionBankModule, ExamsModule]);
    db = ctx.dataSource;
    attempts = ctx.get(AttemptService);
    answers = ctx.get(AnswerSavingService);
    submissions = ctx.get(AttemptSubmissionService);
  });
  afterAll(() => ctx.close());

  const learner = async (orgUnitId?: string) => (await createTestUser(db, { withPassword: false, orgUnitId })).actor;
  const exam = (options: TestExamOptions = {}) => createTestExam(ctx, options);

  async function contentOf(slot: AttemptSlot): Promise<QuestionContent> {
    const [row]: Array<{ content: QuestionContent }> = await db.query('SELECT content FROM question_version WHERE id = $1', [slot.versionId]);
    return row.content;
  }

  const slotOfType = (slots: AttemptSlot[], type: AttemptSlot['type']) => {
    const found = slots.find((slot) => slot.type === type);
    if (!found) throw new Error(`no ${type} slot`);
    return found;
  };

  const storedAnswers = async (attemptId: string) =>
    db.query('SELECT slot, client_seq, response FROM attempt_answer WHERE attempt_id = $1 ORDER BY slot', [attemptId]);

  /** Moves the attempt's deadline (and grace) into the past, as if its time had run out. */
  const expire = (attemptId: string) =>
    db.query(`UPDATE exam_attempt SET deadline = now() - interval '2 minutes', accepts_until = now() - interval '1 minute' WHERE id = $1`, [attemptId]);

  describe('startAttempt', () => {
    it('freezes the drawn questions at their current versions, without descriptions, with the deadline and the taker unit', async () => {
      const { examId } = await exam();
      const unit = await createTestOrgUnit(db);
      const actor = await learner(unit.id);
      const { attempt, serverNow } = await attempts.start(actor, examId);
      expect(attempt).toMatchObject({ examId, userId: actor.userId, number: 1, state: 'IN_PROGRESS', orgUnitId: unit.id, autoSubmitted: false });
      expect(attempt.slots.map((slot) => slot.slot)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(attempt.slots.map((slot) => slot.type).sort()).toEqual(
        ['ESSAY', 'MATCHING', 'MULTIPLE_CHOICE', 'NUMERIC', 'SHORT_ANSWER', 'SINGLE_CHOICE', 'TRUE_FALSE'].sort(),
      );
      const current: Array<{ id: string; current_version_id: string }> = await db.query(
        'SELECT id, current_version_id FROM question WHERE id = ANY($1::uuid[])',
        [attempt.slots.map((slot) => slot.questionId)],
      );
      for (const slot of attempt.slots) expect(current.find((row) => row.id === slot.questionId)?.current_version_id).toBe(slot.versionId);
      expect(attempt.maxPoints).toBe(7);
      expect(attempt.deadline?.getTime()).toBe(attempt.startedAt.getTime() + 1800 * 1000);
      expect(attempt.acceptsUntil?.getTime()).toBe(attempt.deadline?.getTime());
      expect(Math.abs(serverNow.getTime() - attempt.startedAt.getTime())).toBeLessThan(5000);
      const choice = slotOfType(attempt.slots, 'SINGLE_CHOICE');
      expect(choice.optionOrder).toEqual((await contentOf(choice)).options.map((option) => option.id));
      const matching = slotOfType(attempt.slots, 'MATCHING');
      // As stored: the GIFT import keeps Moodle auto-format texts as sanitised HTML.
      expect(matching.matchPrompts).toEqual(['UBND', 'Sở TT&amp;TT', 'Công an']);
      expect([...(matching.matchChoices ?? [])].sort()).toEqual(['An ninh', 'Quản lý', 'Thông tin']);

      const queue = ctx.get<Queue>(getQueueToken(QUEUES.examDeadline));
      // The start answers once committed; its deadline job follows.
      const job = await until(() => queue.getJob(examDeadlineJobId(attempt.id, attempt.acceptsUntil as Date)), (found) => found !== undefined, 5000);
      expect(job?.data).toEqual({ attemptId: attempt.id });
    });

    it('resumes the open attempt on a second press, and opens one attempt for ten simultaneous presses', async () => {
      const { examId } = await exam();
      const actor = await learner();
      const presses = await Promise.all(Array.from({ length: 10 }, () => attempts.start(actor, examId)));
      expect(new Set(presses.map((view) => view.attempt.id)).size).toBe(1);
      expect((await attempts.start(actor, examId)).attempt.id).toBe(presses[0].attempt.id);
      const [{ count }] = await db.query('SELECT count(*)::int AS count FROM exam_attempt WHERE exam_id = $1', [examId]);
      expect(count).toBe(1);
    });

    it('answers a new attempt with the exam it read and no answers, and a resume with its answers left to read', async () => {
      const { examId } = await exam();
      const actor = await learner();
      const started = await attempts.start(actor, examId);
      expect(started.exam.id).toBe(examId);
      expect(started.answers).toEqual([]);
      const resumed = await attempts.start(actor, examId);
      expect(resumed.attempt.id).toBe(started.attempt.id);
      expect(resumed.answers).toBeNull();
    });

    it('starts 200 learners at once without an error', async () => {
      const { examId } = await exam({ shuffleQuestions: true, shuffleOptions: true });
      const learners = await Promise.all(Array.from({ length: 200 }, () => learner()));
      const results = await Promise.allSettled(learners.map((actor) => attempts.start(actor, examId)));
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM exam_attempt WHERE exam_id = $1 AND state = 'IN_PROGRESS'`, [examId]);
      expect(count).toBe(200);
    });

    it('draws each rule from its category and subcategories, never one question twice', async () => {
      const { examId } = await exam({ rules: [{ category: 'top/Đề/A', count: 4 }, { category: 'top/Đề', count: 3, points: 2 }] });
      const { attempt } = await attempts.start(await learner(), examId);
      expect(new Set(attempt.slots.map((slot) => slot.questionId)).size).toBe(7);
      expect(attempt.slots.slice(0, 4).map((slot) => slot.type).sort()).toEqual(['MULTIPLE_CHOICE', 'SHORT_ANSWER', 'SINGLE_CHOICE', 'TRUE_FALSE']);
      expect(attempt.slots.slice(4).map((slot) => slot.maxPoints)).toEqual([2, 2, 2]);
      expect(attempt.maxPoints).toBe(10);
    });

    it('draws questions the learner has not seen while the pool allows', async () => {
      const { examId } = await exam({ rules: [{ category: 'top/Đề/A', count: 2 }] });
      const actor = await learner();
      const first = (await attempts.start(actor, examId)).attempt;
      await submissions.submit(actor, first.id);
      const second = (await attempts.start(actor, examId)).attempt;
      expect(second.number).toBe(2);
      const seen = new Set(first.slots.map((slot) => slot.questionId));
      expect(second.slots.filter((slot) => seen.has(slot.questionId))).toEqual([]);
      await submissions.submit(actor, second.id);
      const third = (await attempts.start(actor, examId)).attempt;
      expect(third.slots).toHaveLength(2);
    });

    it('refuses a rule that asks for more questions than its pool holds, with the numbers, and stores nothing', async () => {
      const { examId } = await exam({ rules: [{ category: 'top/Đề/A', count: 5 }] });
      const error = await domainErrorOf(attempts.start(await learner(), examId));
      expect(error).toMatchObject({ code: 'CONFLICT', reason: 'exam.notEnoughQuestions', params: { rule: 1, asked: 5, available: 4 } });
      const [{ count }] = await db.query('SELECT count(*)::int AS count FROM exam_attempt WHERE exam_id = $1', [examId]);
      expect(count).toBe(0);
    });

    it('refuses a learner who may not take the exam before telling them its pool is short', async () => {
      const { examId } = await exam({ openToAll: false, rules: [{ category: 'top/Đề/A', count: 5 }] });
      expect(await domainErrorOf(attempts.start(await learner(), examId))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.takeForbidden' });
    });

    it('refuses outside the window, learners not enrolled, and an unknown exam', async () => {
      const soon = new Date(Date.now() + 3600_000);
      const closed = new Date(Date.now() - 60_000);
      expect(await domainErrorOf(attempts.start(await learner(), (await exam({ opensAt: soon })).examId))).toMatchObject({
        code: 'CONFLICT',
        reason: 'exam.notOpenYet',
        params: { opensAt: soon.toISOString() },
      });
      expect(await domainErrorOf(attempts.start(await learner(), (await exam({ opensAt: new Date(Date.now() - 7200_000), closesAt: closed })).examId))).toMatchObject({
        code: 'CONFLICT',
        reason: 'exam.closed',
      });
      expect(await domainErrorOf(attempts.start(await learner(), (await exam({ openToAll: false })).examId))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'exam.takeForbidden',
      });
      expect(await domainErrorOf(attempts.start(await learner(), 'not-a-uuid'))).toMatchObject({ code: 'NOT_FOUND', reason: 'exam.notFound' });
    });

    it('enforces the attempts allowed and the delay between attempts, with the time to wait', async () => {
      const limited = await exam({ maxAttempts: 1 });
      const actor = await learner();
      await submissions.submit(actor, (await attempts.start(actor, limited.examId)).attempt.id);
      expect(await domainErrorOf(attempts.start(actor, limited.examId))).toMatchObject({ code: 'CONFLICT', reason: 'exam.noAttemptsLeft', params: { max: 1 } });

      const delayed = await exam({ attemptDelaySeconds: 600 });
      await submissions.submit(actor, (await attempts.start(actor, delayed.examId)).attempt.id);
      const wait = await domainErrorOf(attempts.start(actor, delayed.examId));
      expect(wait).toMatchObject({ code: 'CONFLICT', reason: 'exam.attemptDelay', field: 'examId' });
      expect(wait.params['retryAfterSeconds']).toBeGreaterThan(590);
      expect(wait.params['retryAfterSeconds']).toBeLessThanOrEqual(600);
      expect(wait.details).toMatchObject({ retryAfterSeconds: wait.params['retryAfterSeconds'], nextAttemptAt: expect.any(String) });
    });

    it('ends the deadline at the closing time when it comes first, and stretches it by the learner accommodation', async () => {
      const closesAt = new Date(Date.now() + 600_000);
      const early = (await attempts.start(await learner(), (await exam({ closesAt, graceSeconds: 30 })).examId)).attempt;
      expect(early.deadline?.toISOString()).toBe(closesAt.toISOString());
      expect(early.acceptsUntil?.getTime()).toBe(closesAt.getTime() + 30_000);

      const actor = await learner();
      await db.query('INSERT INTO learner_accommodation (user_id, time_multiplier) VALUES ($1, 1.5)', [actor.userId]);
      const longer = (await attempts.start(actor, (await exam()).examId)).attempt;
      expect(longer.timeMultiplier).toBe(1.5);
      expect(longer.deadline?.getTime()).toBe(longer.startedAt.getTime() + 2700_000);
    });
  });

  describe('saveAnswer', () => {
    async function started(options: TestExamOptions = {}) {
      const actor = await learner();
      const { attempt } = await attempts.start(actor, (await exam(options)).examId);
      return { actor, attempt, save: (command: Omit<SaveAnswerCommand, 'attemptId'>) => answers.save(actor, { attemptId: attempt.id, ...command }) };
    }

    it('stores the newest save by clientSeq: an older one never overwrites it, a retry returns what is stored', async () => {
      const { attempt, save } = await started();
      const choice = slotOfType(attempt.slots, 'SINGLE_CHOICE');
      const [a, b] = choice.optionOrder as string[];
      const first = await save({ slot: choice.slot, clientSeq: 5, optionIds: [a] });
      expect(first).toMatchObject({ slot: choice.slot, clientSeq: 5, response: { optionIds: [a] } });
      const newer = await save({ slot: choice.slot, clientSeq: 7, optionIds: [b] });
      expect(newer).toMatchObject({ clientSeq: 7, response: { optionIds: [b] } });
      const older = await save({ slot: choice.slot, clientSeq: 6, optionIds: [a] });
      expect(older).toEqual(newer);
      const retry = await save({ slot: choice.slot, clientSeq: 7, optionIds: [a] });
      expect(retry).toEqual(newer);
      expect(await storedAnswers(attempt.id)).toEqual([{ slot: choice.slot, client_seq: 7, response: { optionIds: [b] } }]);
    });

    it('stores every type of answer, and an empty answer clears a slot', async () => {
      const { attempt, save } = await started();
      const matching = slotOfType(attempt.slots, 'MATCHING');
      await save({ slot: slotOfType(attempt.slots, 'TRUE_FALSE').slot, clientSeq: 1, boolean: true });
      await save({ slot: slotOfType(attempt.slots, 'NUMERIC').slot, clientSeq: 2, number: 1945 });
      await save({ slot: slotOfType(attempt.slots, 'SHORT_ANSWER').slot, clientSeq: 3, text: 'ubnd' });
      await save({ slot: slotOfType(attempt.slots, 'ESSAY').slot, clientSeq: 4, text: 'Chuyển đổi số '.repeat(1000) });
      await save({ slot: matching.slot, clientSeq: 5, matches: [{ prompt: 'UBND', answer: 'Quản lý' }] });
      const multiple = slotOfType(attempt.slots, 'MULTIPLE_CHOICE');
      await save({ slot: multiple.slot, clientSeq: 6, optionIds: (multiple.optionOrder as string[]).slice(0, 2) });
      const cleared = await save({ slot: multiple.slot, clientSeq: 8, optionIds: [] });
      expect(cleared.response).toEqual({ optionIds: [] });
      expect(await storedAnswers(attempt.id)).toHaveLength(6);
    });

    it('refuses each bad input with its code and field, and stores nothing', async () => {
      const { actor, attempt, save } = await started();
      const single = slotOfType(attempt.slots, 'SINGLE_CHOICE');
      const matching = slotOfType(attempt.slots, 'MATCHING');
      const kept = await save({ slot: single.slot, clientSeq: 1, optionIds: [(single.optionOrder as string[])[0]] });
      const other = await started();
      const foreignOption = slotOfType(other.attempt.slots, 'SINGLE_CHOICE').optionOrder?.[0] as string;
      const cases: Array<[Omit<SaveAnswerCommand, 'attemptId'>, object]> = [
        [{ slot: 99, clientSeq: 2, optionIds: [] }, { code: 'BAD_USER_INPUT', field: 'slot', reason: 'exam.slotUnknown', params: { slot: 99, count: 7 } }],
        [{ slot: 0, clientSeq: 2, boolean: true }, { code: 'BAD_USER_INPUT', field: 'slot', reason: 'exam.slotUnknown' }],
        [{ slot: single.slot, clientSeq: 2, optionIds: [foreignOption] }, { code: 'BAD_USER_INPUT', field: 'optionIds', reason: 'answer.unknownOption' }],
        [{ slot: single.slot, clientSeq: 2, optionIds: single.optionOrder?.slice(0, 2) }, { code: 'BAD_USER_INPUT', field: 'optionIds', reason: 'answer.singleOptionOnly' }],
        [{ slot: single.slot, clientSeq: 2, number: 3 }, { code: 'BAD_USER_INPUT', field: 'number', reason: 'answer.numberNotExpected' }],
        [{ slot: single.slot, clientSeq: 2, text: 'Hà Nội' }, { code: 'BAD_USER_INPUT', field: 'text', reason: 'answer.textNotExpected' }],
        [{ slot: single.slot, clientSeq: 2, optionIds: [foreignOption, foreignOption] }, { code: 'BAD_USER_INPUT', field: 'optionIds', reason: 'answer.duplicateOption' }],
        [{ slot: slotOfType(attempt.slots, 'ESSAY').slot, clientSeq: 2, text: 'x'.repeat(20_001) }, { code: 'BAD_USER_INPUT', field: 'text', reason: 'answer.textTooLong', params: { max: 20000, length: 20001 } }],
        [{ slot: slotOfType(attempt.slots, 'SHORT_ANSWER').slot, clientSeq: 2, text: 'x'.repeat(1001) }, { code: 'BAD_USER_INPUT', field: 'text', reason: 'answer.textTooLong', params: { max: 1000 } }],
        [{ slot: matching.slot, clientSeq: 2, matches: [{ prompt: 'UBND', answer: 'Đi chợ' }] }, { code: 'BAD_USER_INPUT', field: 'matches', reason: 'answer.unknownMatchAnswer' }],
        [{ slot: matching.slot, clientSeq: 2, matches: [{ prompt: 'Chợ', answer: 'Quản lý' }] }, { code: 'BAD_USER_INPUT', field: 'matches', reason: 'answer.unknownMatchPrompt' }],
        [{ slot: single.slot, clientSeq: -1, optionIds: [] }, { code: 'BAD_USER_INPUT', field: 'clientSeq', reason: 'exam.clientSeqOutOfRange' }],
        [{ slot: single.slot, clientSeq: 2 ** 31, optionIds: [] }, { code: 'BAD_USER_INPUT', field: 'clientSeq' }],
      ];
      for (const [command, expected] of cases) {
        expect(await domainErrorOf(save(command))).toMatchObject(expected);
      }
      expect(await domainErrorOf(answers.save(other.actor, { attemptId: attempt.id, slot: single.slot, clientSeq: 9, optionIds: [] }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'exam.attemptNotFound',
      });
      expect(await storedAnswers(attempt.id)).toEqual([{ slot: single.slot, client_seq: 1, response: kept.response }]);

      await submissions.submit(actor, attempt.id);
      expect(await domainErrorOf(save({ slot: single.slot, clientSeq: 3, optionIds: [] }))).toMatchObject({ code: 'CONFLICT', reason: 'exam.attemptClosed' });
      expect(await storedAnswers(attempt.id)).toEqual([{ slot: single.slot, client_seq: 1, response: kept.response }]);
    });

    it('refuses a save after the deadline and grace, and submits the attempt as finished at its deadline', async () => {
      const { attempt, save } = await started();
      const single = slotOfType(attempt.slots, 'SINGLE_CHOICE');
      await save({ slot: single.slot, clientSeq: 1, optionIds: [(single.optionOrder as string[])[0]] });
      await expire(attempt.id);
      expect(await domainErrorOf(save({ slot: single.slot, clientSeq: 2, optionIds: [] }))).toMatchObject({ code: 'CONFLICT', reason: 'exam.attemptClosed', field: 'attemptId' });
      const [row] = await db.query('SELECT state, submitted_at = deadline AS at_deadline, auto_submitted FROM exam_attempt WHERE id = $1', [attempt.id]);
      expect(row).toEqual({ state: 'GRADED', at_deadline: true, auto_submitted: true });
      expect(await storedAnswers(attempt.id)).toEqual([{ slot: single.slot, client_seq: 1, response: { optionIds: [(single.optionOrder as string[])[0]] } }]);
    });

    it('grades every save acknowledged before a concurrent submit', async () => {
      for (let round = 0; round < 15; round += 1) {
        const { actor, attempt, save } = await started({ rules: [{ category: 'top/Đề/A', count: 4 }] });
        const tf = slotOfType(attempt.slots, 'TRUE_FALSE');
        const [saved, submitted] = await Promise.allSettled([save({ slot: tf.slot, clientSeq: 1, boolean: true }), submissions.submit(actor, attempt.id)]);
        expect(submitted.status).toBe('fulfilled');
        const [row] = await db.query('SELECT results FROM exam_attempt WHERE id = $1', [attempt.id]);
        const outcome = (row.results as Array<{ slot: number; outcome: string }>).find((result) => result.slot === tf.slot)?.outcome;
        expect(outcome).toBe(saved.status === 'fulfilled' ? 'CORRECT' : 'UNANSWERED');
      }
    });
  });

  describe('submitting', () => {
    it('grades at submit: points per slot, percent, pass; a second submit returns the submitted attempt', async () => {
      const actor = await learner();
      const { attempt } = await attempts.start(actor, (await exam({ rules: [{ category: 'top/Đề/A', count: 4 }], passPercent: 80 })).examId);
      const single = slotOfType(attempt.slots, 'SINGLE_CHOICE');
      const multiple = slotOfType(attempt.slots, 'MULTIPLE_CHOICE');
      const rightSingle = (await contentOf(single)).options.find((option) => option.fraction === 1)?.id as string;
      const halfMultiple = (await contentOf(multiple)).options.find((option) => option.fraction === 0.5)?.id as string;
      const save = (command: Omit<SaveAnswerCommand, 'attemptId'>) => answers.save(actor, { attemptId: attempt.id, ...command });
      await save({ slot: single.slot, clientSeq: 1, optionIds: [rightSingle] });
      await save({ slot: multiple.slot, clientSeq: 2, optionIds: [halfMultiple] });
      await save({ slot: slotOfType(attempt.slots, 'TRUE_FALSE').slot, clientSeq: 3, boolean: true });
      const submitted = await submissions.submit(actor, attempt.id);
      expect(submitted).toMatchObject({ state: 'GRADED', autoSubmitted: false, scorePoints: 2.5, maxPoints: 4, scorePercent: 62.5, passed: false });
      expect(submitted.gradedAt).toBeInstanceOf(Date);
      expect(submitted.results?.find((result) => result.slot === multiple.slot)).toEqual({ slot: multiple.slot, fraction: 0.5, points: 0.5, outcome: 'PARTIAL' });
      expect(submitted.results?.find((result) => result.slot === slotOfType(attempt.slots, 'SHORT_ANSWER').slot)).toMatchObject({ points: 0, outcome: 'UNANSWERED' });
      const again = await submissions.submit(actor, attempt.id);
      expect(again.submittedAt).toEqual(submitted.submittedAt);
      expect(again.results).toEqual(submitted.results);
    });

    it('leaves an attempt with an essay waiting for a trainer, with no percent yet', async () => {
      const actor = await learner();
      const { attempt } = await attempts.start(actor, (await exam()).examId);
      await answers.save(actor, { attemptId: attempt.id, slot: slotOfType(attempt.slots, 'ESSAY').slot, clientSeq: 1, text: 'Tiết kiệm thời gian.' });
      expect(await submissions.submit(actor, attempt.id)).toMatchObject({ state: 'NEEDS_GRADING', scorePercent: null, passed: null, gradedAt: null });
    });

    it('refuses to submit the attempt of another learner', async () => {
      const { attempt } = await attempts.start(await learner(), (await exam()).examId);
      expect(await domainErrorOf(submissions.submit(await learner(), attempt.id))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('deadlines', () => {
    it('closes an attempt past its deadline when it is read, finished at its deadline', async () => {
      const actor = await learner();
      const { attempt } = await attempts.start(actor, (await exam()).examId);
      await expire(attempt.id);
      const read = await attempts.get(actor, attempt.id);
      expect(read.attempt).toMatchObject({ state: 'GRADED', autoSubmitted: true });
      expect(read.attempt.submittedAt?.getTime()).toBe(read.attempt.deadline?.getTime());
      expect(read.attempt.deadline?.getTime()).toBeLessThan(Date.now() - 60_000);
    });

    it('lists the learner attempts, closing those past their deadline first', async () => {
      const actor = await learner();
      const { examId } = await exam();
      const { attempt } = await attempts.start(actor, examId);
      await expire(attempt.id);
      const [listed] = await attempts.mine(actor, examId);
      expect(listed.attempt).toMatchObject({ id: attempt.id, autoSubmitted: true });
      expect(listed.attempt.state).not.toBe('IN_PROGRESS');
      expect(await attempts.mine(await learner(), examId)).toEqual([]);
    });

    it('lets the job close only an attempt past its deadline, and only once', async () => {
      const actor = await learner();
      const { attempt } = await attempts.start(actor, (await exam()).examId);
      expect(await submissions.autoSubmit(attempt.id)).toBe(false);
      await expire(attempt.id);
      expect(await submissions.autoSubmit(attempt.id)).toBe(true);
      const [closed] = await db.query('SELECT submitted_at FROM exam_attempt WHERE id = $1', [attempt.id]);
      expect(await submissions.autoSubmit(attempt.id)).toBe(false);
      const [still] = await db.query('SELECT submitted_at FROM exam_attempt WHERE id = $1', [attempt.id]);
      expect(still).toEqual(closed);
    });

    it('sweeps every attempt past its deadline, from several sweepers at once, each closed once at its deadline', async () => {
      const { examId } = await exam();
      const learners = await Promise.all(Array.from({ length: 12 }, () => learner()));
      const started = await Promise.all(learners.map((actor) => attempts.start(actor, examId)));
      const overdue = started.slice(0, 10).map((view) => view.attempt.id);
      for (const id of overdue) await expire(id);
      const counts = await Promise.all([submissions.sweep(3), submissions.sweep(3), submissions.sweep(3)]);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(10);
      const rows: Array<{ id: string; state: string; at_deadline: boolean | null; auto_submitted: boolean }> = await db.query(
        'SELECT id, state, submitted_at = deadline AS at_deadline, auto_submitted FROM exam_attempt WHERE exam_id = $1',
        [examId],
      );
      for (const row of rows) {
        if (overdue.includes(row.id)) expect(row).toMatchObject({ state: 'GRADED', at_deadline: true, auto_submitted: true });
        else expect(row).toMatchObject({ state: 'IN_PROGRESS', at_deadline: null, auto_submitted: false });
      }
    });
  });

  describe('reading an attempt', () => {
    it('shows it to its taker, the exam editors and the managers of the unit it was taken in, and to nobody else', async () => {
      const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
      const commune = await createTestOrgUnit(db, { parent: district });
      const { examId, owner } = await exam();
      const taker = await learner(commune.id);
      const { attempt } = await attempts.start(taker, examId);
      const manager = (await createTestUser(db, { withPassword: false, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
      const foreignManager = (await createTestUser(db, { withPassword: false, roles: [{ role: 'UNIT_MANAGER', orgUnitId: (await createTestOrgUnit(db)).id }] })).actor;
      const admin = (await createTestUser(db, { withPassword: false, roles: [{ role: 'ADMIN' }] })).actor;
      for (const reader of [taker, owner.actor, manager, admin]) expect((await attempts.get(reader, attempt.id)).attempt.id).toBe(attempt.id);
      const outsiders: Actor[] = [await learner(commune.id), foreignManager, (await createTestUser(db, { withPassword: false, roles: [{ role: 'TRAINER' }] })).actor];
      for (const reader of outsiders) expect(await domainErrorOf(attempts.get(reader, attempt.id))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('shows the taker the score as the review policy allows', async () => {
      const policy = { score: 'AFTER_CLOSE', correctness: 'NEVER', feedback: 'NEVER', rightAnswers: 'NEVER' } as const;
      const { examId, owner } = await exam({ reviewPolicy: policy });
      const actor = await learner();
      const { attempt } = await attempts.start(actor, examId);
      await submissions.submit(actor, attempt.id);
      expect((await attempts.get(actor, attempt.id)).scoreVisible).toBe(false);
      expect((await attempts.get(owner.actor, attempt.id)).scoreVisible).toBe(true);
      await db.query(`INSERT INTO exam_override (exam_id, user_id, opens_at, closes_at) VALUES ($1, $2, now() - interval '1 day', now() - interval '1 minute')`, [
        examId,
        actor.userId,
      ]);
      expect((await attempts.get(actor, attempt.id)).scoreVisible).toBe(true);
    });
  });
});
