import { QuestionBankModule } from '../question-bank/question-bank.module';
import { QuestionService } from '../question-bank/question.service';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ExamRegradeService } from './exam-regrade.service';
import { ExamsModule } from './exams.module';
import { ManualGradingService } from './manual-grading.service';
import { createTestBank, insertAttemptRow, resultOf, slotsOf, testQuestion } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld } from './test-support/exam-world';

describe('regrading an exam after a question is corrected (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let regrade: ExamRegradeService;
  let world: ExamWorld;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule, QuestionBankModule]);
    regrade = context.get(ExamRegradeService);
    world = await createExamWorld(context.dataSource);
  });

  afterAll(async () => {
    await context.close();
  });

  it('regrades submitted attempts holding the old version, keeps manual grades and says who changed', async () => {
    const examId = await world.createExam();
    const [single] = world.questions;
    const [right, wrong] = single!.content.options;
    const slots = slotsOf(world.questions.slice(0, 2));
    const attempt = (userId: string, optionId: string, fraction: number, extra: Partial<Parameters<typeof insertAttemptRow>[1]> = {}) =>
      insertAttemptRow(context.dataSource, {
        examId,
        userId,
        slots,
        answers: { 1: { optionIds: [optionId] }, 2: { boolean: false } },
        results: [resultOf(1, fraction, 1), resultOf(2, 1, 1)],
        ...extra,
      });
    const choseWrong = await attempt(world.learner.id, wrong!.id, 0);
    const choseRight = await attempt(world.classmate.id, right!.id, 1);
    const overridden = await attempt(world.outsider.id, wrong!.id, 0);
    await context.get(ManualGradingService).gradeAnswer(world.trainer.actor, overridden, 1, 0.25, 'Chấm tay');
    const inProgress = await attempt(world.manager.id, wrong!.id, 0, { state: 'IN_PROGRESS', results: null });

    // The trainer finds that the second option is right too.
    const corrected = await context.get(QuestionService).update(world.trainer.actor, single!.id, {
      options: [
        { text: right!.text, fraction: 1, feedback: right!.feedback ?? null },
        { text: wrong!.text, fraction: 1, feedback: wrong!.feedback ?? null },
      ],
    });
    expect(corrected.versionId).not.toBe(single!.versionId);
    const outcome = await regrade.regradeExam(world.trainer.actor, examId, single!.id);

    expect(outcome.changed.map((changed) => [changed.attempt.id, changed.beforePercent, changed.afterPercent])).toEqual([[choseWrong, 50, 100]]);
    expect([outcome.changedCount, outcome.unchanged, outcome.inProgress]).toEqual([1, 2, 1]);
    const stored = async (id: string) => context.dataSource.manager.findOneByOrFail(ExamAttemptEntity, { id });
    expect((await stored(choseWrong)).slots[0]?.versionId).toBe(corrected.versionId);
    expect((await stored(choseRight)).slots[0]?.versionId).toBe(corrected.versionId);
    expect((await stored(overridden)).results?.[0]).toMatchObject({ points: 0.25, manual: { comment: 'Chấm tay' } });
    expect((await stored(inProgress)).slots[0]?.versionId).toBe(single!.versionId);

    const again = await regrade.regradeExam(world.trainer.actor, examId, single!.id);
    expect([again.changedCount, again.unchanged, again.inProgress]).toEqual([0, 0, 1]);
  });

  it('refuses a question of another bank and anyone but the exam’s editors', async () => {
    const other = await createTestBank(context.dataSource, world.otherTrainer.id, [testQuestion({ type: 'TRUE_FALSE', prompt: 'Khác?', correctBoolean: true })]);
    const error = await domainErrorOf(regrade.regradeExam(world.trainer.actor, world.examId, other.questions[0]!.id));
    expect([error.code, error.field]).toEqual(['BAD_USER_INPUT', 'questionId']);
    expect((await domainErrorOf(regrade.regradeExam(world.trainer.actor, world.examId, 'x'))).field).toBe('questionId');
    for (const stranger of [world.otherTrainer, world.learner, world.manager]) {
      expect((await domainErrorOf(regrade.regradeExam(stranger.actor, world.examId, world.questions[0]!.id))).code).toBe('FORBIDDEN');
    }
  });
});
