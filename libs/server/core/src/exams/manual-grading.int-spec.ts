import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ExamsModule } from './exams.module';
import { ManualGradingService } from './manual-grading.service';
import { enrollInExamCourse, insertAttemptRow, resultOf, slotsOf } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld } from './test-support/exam-world';

describe('manual grading (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let grading: ManualGradingService;
  let world: ExamWorld;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    grading = context.get(ManualGradingService);
    world = await createExamWorld(context.dataSource, { passPercent: 60 });
  });

  afterAll(async () => {
    await context.close();
  });

  /** 1 + 0 + 1 of 4 automatic points, and the essay (5 points) waiting. */
  async function essayWaiting(userId = world.learner.id, number = 1): Promise<string> {
    return insertAttemptRow(context.dataSource, {
      examId: world.examId,
      userId,
      number,
      slots: slotsOf(world.questions),
      state: 'NEEDS_GRADING',
      answers: { 4: { text: '  Xã em số hóa thủ tục hành chính.  ' } },
      results: [resultOf(1, 1, 1), resultOf(2, 0, 1), resultOf(3, 0.5, 2), resultOf(4, null, 5)],
    });
  }

  it('lists the essays waiting, oldest submission first, with the learner’s text', async () => {
    const first = await essayWaiting(world.classmate.id, 1);
    const queue = await grading.essaysToGrade(world.trainer.actor, world.examId);
    const mine = queue.find((essay) => essay.attempt.id === first);
    expect(mine).toMatchObject({ slot: 4, maxPoints: 5, prompt: 'Trình bày kế hoạch chuyển đổi số của xã em', text: '  Xã em số hóa thủ tục hành chính.  ' });
    await grading.gradeAnswer(world.trainer.actor, first, 4, 5, null);
    expect((await grading.essaysToGrade(world.trainer.actor, world.examId)).some((essay) => essay.attempt.id === first)).toBe(false);
  });

  it('grades the essay: the attempt becomes GRADED with its score, percent and pass at the exam’s pass mark', async () => {
    const attemptId = await essayWaiting(world.learner.id, 2);
    const { attempt: graded } = await grading.gradeAnswer(world.coAuthor.actor, attemptId, 4, 3.5, '  Ý tưởng tốt, cần thêm số liệu.  ');
    expect([graded.state, graded.scorePoints, graded.maxPoints, graded.scorePercent, graded.passed]).toEqual(['GRADED', 5.5, 9, 61.11, true]);
    const stored = await context.dataSource.manager.findOneByOrFail(ExamAttemptEntity, { id: attemptId });
    expect(stored.gradedAt).toBeInstanceOf(Date);
    expect(stored.results?.find((result) => result.slot === 4)).toMatchObject({
      fraction: 0.7,
      points: 3.5,
      outcome: 'PARTIAL',
      manual: { points: 3.5, comment: 'Ý tưởng tốt, cần thêm số liệu.', gradedById: world.coAuthor.id },
    });
  });

  it('completes the learner’s EXAM lesson when the grade passes, in the grading transaction', async () => {
    const examId = await world.createExam({ passPercent: 60 });
    const { lessonId } = await enrollInExamCourse(context.dataSource, examId, [world.classmate.id]);
    const attemptId = await insertAttemptRow(context.dataSource, {
      examId,
      userId: world.classmate.id,
      slots: slotsOf(world.questions),
      state: 'NEEDS_GRADING',
      results: [resultOf(1, 1, 1), resultOf(2, 0, 1), resultOf(3, 0.5, 2), resultOf(4, null, 5)],
    });
    const completed = async () =>
      ((await context.dataSource.query('SELECT completed_lesson_ids FROM enrollment WHERE user_id = $1 AND $2 = ANY(completed_lesson_ids)', [world.classmate.id, lessonId])) as unknown[]).length;
    await grading.gradeAnswer(world.trainer.actor, attemptId, 4, 1, null);
    expect(await completed()).toBe(0);
    await grading.gradeAnswer(world.trainer.actor, attemptId, 4, 4, 'Tốt');
    expect(await completed()).toBe(1);
  });

  it('overrides the points of an automatically graded question, and the grade follows', async () => {
    const attemptId = await essayWaiting(world.learner.id, 3);
    await grading.gradeAnswer(world.trainer.actor, attemptId, 4, 2, null);
    const { attempt: overridden } = await grading.gradeAnswer(world.trainer.actor, attemptId, 2, 1, 'Chấp nhận cách hiểu khác');
    expect([overridden.scorePoints, overridden.scorePercent, overridden.passed]).toEqual([5, 55.56, false]);
    expect(overridden.results?.find((result) => result.slot === 2)?.outcome).toBe('CORRECT');
  });

  it('keeps an attempt waiting while another essay is still ungraded', async () => {
    const attemptId = await insertAttemptRow(context.dataSource, {
      examId: world.examId,
      userId: world.learner.id,
      number: 4,
      slots: slotsOf([world.questions[3]!, world.questions[3]!]).map((slot, index) => ({ ...slot, slot: index + 1 })),
      state: 'NEEDS_GRADING',
      results: [resultOf(1, null, 5), resultOf(2, null, 5)],
    });
    const { attempt: half } = await grading.gradeAnswer(world.trainer.actor, attemptId, 1, 5, null);
    expect([half.state, half.scorePercent, half.passed]).toEqual(['NEEDS_GRADING', null, null]);
    const { attempt: whole } = await grading.gradeAnswer(world.trainer.actor, attemptId, 2, 0, null);
    expect([whole.state, whole.scorePercent, whole.passed]).toEqual(['GRADED', 50, false]);
  });

  it('refuses points out of range, an unknown slot, an attempt in progress and anyone but the exam’s editors', async () => {
    const attemptId = await essayWaiting(world.learner.id, 5);
    for (const points of [-0.5, 5.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = await domainErrorOf(grading.gradeAnswer(world.trainer.actor, attemptId, 4, points, null));
      expect([error.code, error.field, error.params]).toEqual(['BAD_USER_INPUT', 'points', { max: 5 }]);
    }
    expect((await domainErrorOf(grading.gradeAnswer(world.trainer.actor, attemptId, 9, 1, null))).field).toBe('slot');
    expect((await domainErrorOf(grading.gradeAnswer(world.trainer.actor, attemptId, 4, 1, 'x'.repeat(5001)))).field).toBe('comment');
    for (const stranger of [world.otherTrainer, world.learner, world.manager]) {
      expect((await domainErrorOf(grading.gradeAnswer(stranger.actor, attemptId, 4, 1, null))).code).toBe('FORBIDDEN');
      expect((await domainErrorOf(grading.essaysToGrade(stranger.actor, world.examId))).code).toBe('FORBIDDEN');
    }
    const open = await insertAttemptRow(context.dataSource, { examId: world.examId, userId: world.outsider.id, slots: slotsOf(world.questions), state: 'IN_PROGRESS' });
    expect((await domainErrorOf(grading.gradeAnswer(world.trainer.actor, open, 4, 1, null))).code).toBe('CONFLICT');
    expect((await domainErrorOf(grading.gradeAnswer(world.trainer.actor, 'nope', 4, 1, null))).code).toBe('NOT_FOUND');
    const untouched = await context.dataSource.manager.findOneByOrFail(ExamAttemptEntity, { id: attemptId });
    expect(untouched.state).toBe('NEEDS_GRADING');
    expect(untouched.results?.find((result) => result.slot === 4)?.manual).toBeUndefined();
  });
});
