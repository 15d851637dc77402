import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { AttemptReviewService } from './attempt-review.service';
import type { ReviewPolicy } from './exam-settings';
import { ExamsModule } from './exams.module';
import { insertAttemptRow, resultOf, slotsOf } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld, SECRET_TEXTS } from './test-support/exam-world';

const POLICY: ReviewPolicy = { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_CLOSE', rightAnswers: 'AFTER_CLOSE' };
const HOUR = 60 * 60 * 1000;

describe('attempt review (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let reviews: AttemptReviewService;
  let world: ExamWorld;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    reviews = context.get(AttemptReviewService);
    world = await createExamWorld(context.dataSource);
  });

  afterAll(async () => {
    await context.close();
  });

  /** An exam closing in an hour, and the learner's submitted attempt: right, wrong, half right, essay waiting. */
  async function submittedAttempt(policy: ReviewPolicy = POLICY, closesAt: Date | null = new Date(Date.now() + HOUR)) {
    const examId = await world.createExam({ reviewPolicy: policy, closesAt, opensAt: new Date(Date.now() - 2 * HOUR) });
    const slots = slotsOf(world.questions);
    const [single, trueFalse, multiple] = world.questions;
    const attemptId = await insertAttemptRow(context.dataSource, {
      examId,
      userId: world.learner.id,
      orgUnitId: world.commune.id,
      slots,
      state: 'NEEDS_GRADING',
      answers: {
        1: { optionIds: [single!.content.options[0]!.id] },
        2: { boolean: true },
        3: { optionIds: [multiple!.content.options[0]!.id] },
        4: { text: 'Xã em số hóa thủ tục hành chính.' },
      },
      results: [resultOf(1, 1, 1), resultOf(2, 0, 1), resultOf(3, 0.5, 2), resultOf(4, null, 5)],
    });
    expect(trueFalse).toBeDefined();
    return { examId, attemptId };
  }

  it('shows the learner outcomes and points after submit, and no feedback or right answer before the close', async () => {
    const { attemptId } = await submittedAttempt();
    const review = await reviews.review(world.learner.actor, attemptId, 'vi');
    expect(review.visibility).toEqual({ score: true, correctness: true, feedback: false, rightAnswers: false });
    expect(review.questions.map((q) => [q.slot, q.outcome, q.points])).toEqual([
      [1, 'CORRECT', 1],
      [2, 'WRONG', 0],
      [3, 'PARTIAL', 1],
      [4, 'NEEDS_GRADING', null],
    ]);
    expect(review.questions.every((q) => q.feedback === null && q.rightAnswer === null && q.comment === null)).toBe(true);
    const shown = JSON.stringify(review.questions);
    for (const secret of Object.values(SECRET_TEXTS)) expect(shown).not.toContain(secret);
    expect(review.moreVisibleAt).not.toBeNull();
  });

  it('shows feedback and right answers once the exam has closed', async () => {
    const { examId, attemptId } = await submittedAttempt();
    await context.dataSource.query(`UPDATE exam SET closes_at = now() - interval '1 minute' WHERE id = $1`, [examId]);
    const review = await reviews.review(world.learner.actor, attemptId, 'vi');
    expect(review.visibility).toEqual({ score: true, correctness: true, feedback: true, rightAnswers: true });
    const [single, trueFalse] = review.questions;
    expect(single?.feedback).toBe(`${SECRET_TEXTS.rightFeedback}\n${SECRET_TEXTS.generalFeedback}`);
    expect(single?.rightAnswer).toBe(`Đáp án đúng là: ${SECRET_TEXTS.rightOption}`);
    expect(trueFalse?.rightAnswer).toBe('Đáp án đúng là “Sai”.');
    expect((await reviews.review(world.learner.actor, attemptId, 'en')).questions[1]?.rightAnswer).toBe('The correct answer is ‘False’.');
    expect(review.moreVisibleAt).toBeNull();
  });

  it('waits for the closing time in force for the learner: their own override, else their unit’s', async () => {
    const { examId, attemptId } = await submittedAttempt();
    await context.dataSource.query(`UPDATE exam SET closes_at = now() - interval '1 minute' WHERE id = $1`, [examId]);
    await context.dataSource.query(`INSERT INTO exam_override (exam_id, org_unit_id, closes_at) VALUES ($1, $2, now() + interval '1 day')`, [examId, world.district.id]);
    expect((await reviews.review(world.learner.actor, attemptId, 'vi')).visibility.rightAnswers).toBe(false);
    await context.dataSource.query(`INSERT INTO exam_override (exam_id, user_id, closes_at) VALUES ($1, $2, now() - interval '1 second')`, [examId, world.learner.id]);
    expect((await reviews.review(world.learner.actor, attemptId, 'vi')).visibility.rightAnswers).toBe(true);
  });

  it('without a closing time, shows AFTER_CLOSE parts after the attempt’s own deadline', async () => {
    const { attemptId } = await submittedAttempt(POLICY, null);
    expect((await reviews.review(world.learner.actor, attemptId, 'vi')).visibility.rightAnswers).toBe(false);
    await context.dataSource.query(`UPDATE exam_attempt SET deadline = now() - interval '1 minute' WHERE id = $1`, [attemptId]);
    expect((await reviews.review(world.learner.actor, attemptId, 'vi')).visibility.rightAnswers).toBe(true);
  });

  it('hides the score when the policy never shows it', async () => {
    const { attemptId } = await submittedAttempt({ score: 'NEVER', correctness: 'NEVER', feedback: 'NEVER', rightAnswers: 'NEVER' });
    await context.dataSource.query(`UPDATE exam_attempt SET state = 'GRADED', score_points = 2, score_percent = 22.22, passed = false, graded_at = now() WHERE id = $1`, [attemptId]);
    const review = await reviews.review(world.learner.actor, attemptId, 'vi');
    expect([review.attempt.scorePercent, review.attempt.scorePoints, review.attempt.passed]).toEqual([null, null, null]);
    expect(review.questions.every((q) => q.outcome === null && q.points === null && q.feedback === null && q.rightAnswer === null)).toBe(true);
  });

  it('shows the exam’s editors everything before the close', async () => {
    const { attemptId } = await submittedAttempt({ score: 'NEVER', correctness: 'NEVER', feedback: 'NEVER', rightAnswers: 'NEVER' });
    for (const editor of [world.trainer, world.coAuthor, world.admin]) {
      const review = await reviews.review(editor.actor, attemptId, 'vi');
      expect(review.visibility).toEqual({ score: true, correctness: true, feedback: true, rightAnswers: true });
      expect(review.questions[0]?.rightAnswer).toContain(SECRET_TEXTS.rightOption);
    }
  });

  it('lets the manager of the taker’s unit read what the learner may see, and refuses everyone else', async () => {
    const { attemptId } = await submittedAttempt();
    const managed = await reviews.review(world.manager.actor, attemptId, 'vi');
    expect(managed.visibility).toEqual({ score: true, correctness: true, feedback: false, rightAnswers: false });
    for (const stranger of [world.classmate, world.otherTrainer, world.outsider]) {
      expect((await domainErrorOf(reviews.review(stranger.actor, attemptId, 'vi'))).code).toBe('FORBIDDEN');
    }
    expect((await domainErrorOf(reviews.review(world.learner.actor, '00000000-0000-4000-8000-000000000000', 'vi'))).code).toBe('NOT_FOUND');
    expect((await domainErrorOf(reviews.review(world.learner.actor, 'not-an-id', 'vi'))).code).toBe('NOT_FOUND');
  });

  it('refuses to review an attempt in progress', async () => {
    const attemptId = await insertAttemptRow(context.dataSource, { examId: world.examId, userId: world.learner.id, slots: slotsOf(world.questions), state: 'IN_PROGRESS', number: 9 });
    const error = await domainErrorOf(reviews.review(world.learner.actor, attemptId, 'vi'));
    expect([error.code, error.reason]).toEqual(['CONFLICT', 'examReview.attemptInProgress']);
  });
});
