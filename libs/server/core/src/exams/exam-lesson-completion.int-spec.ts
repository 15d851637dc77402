import type { Actor } from '../access/actor';
import { CourseContentService } from '../courses/course-content.service';
import { CourseService } from '../courses/course.service';
import { CoursesModule } from '../courses/courses.module';
import { EnrollmentService } from '../enrollments/enrollment.service';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionImportService } from '../question-bank/question-import.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { EXAM_TEST_BANK_GIFT, insertTestAttempt } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AttemptService } from './attempt.service';
import { recordExamOutcome } from './exam-lesson-completion';
import { ExamService } from './exam.service';
import { ExamsModule } from './exams.module';

describe('exam lessons: a course completes when its exam is passed', () => {
  let context: TestingContext;
  let exams: ExamService;
  let content: CourseContentService;
  let enrollments: EnrollmentService;
  let trainer: Actor;
  let otherTrainer: Actor;
  let admin: Actor;
  let examId: string;

  beforeAll(async () => {
    context = await createTestingContext([CoursesModule, EnrollmentsModule, ExamsModule]);
    exams = context.get(ExamService);
    content = context.get(CourseContentService);
    enrollments = context.get(EnrollmentService);
    trainer = (await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    otherTrainer = (await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    admin = (await createTestUser(context.dataSource, { roles: [{ role: 'ADMIN' }] })).actor;
    const bankId = (await context.get(QuestionBankService).create(trainer, { title: 'Ngân hàng' })).bank.id;
    await context.get(QuestionImportService).import(trainer, { bankId, format: 'GIFT', content: EXAM_TEST_BANK_GIFT });
    examId = (await exams.create(trainer, { title: 'Bài thi cuối khóa', bankId, rules: [{ count: 5 }], passPercent: 60 })).exam.id;
  });
  afterAll(() => context.close());

  /** A published course of a text lesson and a final exam lesson, both required. */
  async function publishedCourseWithExam(lessonExamId = examId): Promise<{ courseId: string; textLessonId: string; examLessonId: string }> {
    const courses = context.get(CourseService);
    const { course } = await courses.create(trainer, { code: `THI-${Math.random().toString(36).slice(2, 8)}`, title: 'Kỹ năng số', summary: 'Tóm tắt', hours: 2 });
    const module = await content.addModule(trainer, { courseId: course.id, title: 'Chương 1' });
    const text = await content.addLesson(trainer, { moduleId: module.id, title: 'Bài đọc', kind: 'TEXT', body: '# Bài đọc' });
    const exam = await content.addLesson(trainer, { moduleId: module.id, title: 'Bài thi', kind: 'EXAM', examId: lessonExamId });
    expect(exam.examId).toBe(lessonExamId);
    await courses.submitForReview(trainer, course.id);
    await courses.publish(admin, course.id);
    return { courseId: course.id, textLessonId: text.id, examLessonId: exam.id };
  }

  it("takes an exam lesson only with an exam its author may edit", async () => {
    const { course } = await context.get(CourseService).create(otherTrainer, { code: `KHAC-${Date.now()}`, title: 'Khác', summary: 'x', hours: 1 });
    const module = await content.addModule(otherTrainer, { courseId: course.id, title: 'Chương' });
    const addExam = (id?: string) => content.addLesson(otherTrainer, { moduleId: module.id, title: 'Thi', kind: 'EXAM', examId: id });
    expect(await domainErrorOf(addExam())).toMatchObject({ code: 'BAD_USER_INPUT', field: 'examId', reason: 'course.examLessonExam' });
    expect(await domainErrorOf(addExam('00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'examId', reason: 'exam.notFound' });
    expect(await domainErrorOf(addExam(examId))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.lessonExamForbidden' });
    const text = await content.addLesson(otherTrainer, { moduleId: module.id, title: 'Đọc', kind: 'TEXT', body: 'x', examId });
    expect(text.examId).toBeNull();
  });

  it('lets the learners of a course with the exam see and take it, and nobody else among learners', async () => {
    const { courseId } = await publishedCourseWithExam();
    const learner = (await createTestUser(context.dataSource)).actor;
    expect(await domainErrorOf(exams.get(learner, examId))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.viewForbidden' });
    await enrollments.enroll(learner, courseId);
    expect((await exams.get(learner, examId)).access).toEqual({ bankRole: null, openToAll: false, enrolled: true });
    await enrollments.withdraw(learner, courseId);
    expect((await exams.withAccess(context.dataSource.manager, learner, examId)).access.enrolled).toBe(false);
  });

  it('refuses to mark an exam lesson done by hand', async () => {
    const { courseId, examLessonId } = await publishedCourseWithExam();
    const learner = (await createTestUser(context.dataSource)).actor;
    await enrollments.enroll(learner, courseId);
    const error = await domainErrorOf(enrollments.completeLesson(learner, examLessonId));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'lessonId', reason: 'enrollment.examLessonByPassing' });
    expect(error.messageIn('vi')).toContain('bài học hoàn thành khi bạn thi đạt');
  });

  it('completes the exam lesson, then the course with its outbox row, in the transaction that records a pass', async () => {
    const { courseId, textLessonId, examLessonId } = await publishedCourseWithExam();
    const learner = (await createTestUser(context.dataSource)).actor;
    const enrollment = await enrollments.enroll(learner, courseId);
    await enrollments.completeLesson(learner, textLessonId);

    await insertTestAttempt(context.dataSource, { examId, userId: learner.userId, scorePercent: 40 });
    const failed = await context.dataSource.transaction((manager) => recordExamOutcome(manager, examId, learner.userId));
    expect(failed).toEqual({ gradePercent: 40, passed: false, enrollments: [] });

    await insertTestAttempt(context.dataSource, { examId, userId: learner.userId, number: 2, scorePercent: 80 });
    // A failure later in the grading transaction takes the completion and its outbox row back with it.
    await expect(
      context.dataSource.transaction(async (manager) => {
        await recordExamOutcome(manager, examId, learner.userId);
        throw new Error('grading failed');
      }),
    ).rejects.toThrow('grading failed');
    const outboxOf = () => context.dataSource.query('SELECT topic FROM outbox WHERE aggregate_id = $1', [enrollment.id]);
    expect(await outboxOf()).toEqual([]);

    const passed = await context.dataSource.transaction((manager) => recordExamOutcome(manager, examId, learner.userId));
    expect(passed).toMatchObject({ gradePercent: 80, passed: true });
    expect(passed.enrollments.map((row) => [row.id, row.status, row.progress])).toEqual([[enrollment.id, 'COMPLETED', 1]]);
    expect(passed.enrollments[0]?.completedLessonIds).toEqual([textLessonId, examLessonId]);
    expect(await outboxOf()).toEqual([{ topic: 'enrollment.completed' }]);

    const again = await context.dataSource.transaction((manager) => recordExamOutcome(manager, examId, learner.userId));
    expect(again.enrollments).toEqual([]);
    expect(await outboxOf()).toHaveLength(1);
    expect((await enrollments.completeLesson(learner, examLessonId)).status).toBe('COMPLETED');
  });

  it('needs a pass again in a retake: only attempts started since count, with the whole allowance of attempts again', async () => {
    const bankId = (await exams.get(trainer, examId)).exam.bankId;
    const onceOnly = (await exams.create(trainer, { title: 'Bài thi một lần', bankId, rules: [{ count: 2 }], passPercent: 60, maxAttempts: 1 })).exam;
    const { courseId, textLessonId, examLessonId } = await publishedCourseWithExam(onceOnly.id);
    const learner = (await createTestUser(context.dataSource)).actor;
    const enrollment = await enrollments.enroll(learner, courseId);
    await enrollments.completeLesson(learner, textLessonId);
    await insertTestAttempt(context.dataSource, { examId: onceOnly.id, userId: learner.userId, startedAt: new Date(Date.now() - 3_600_000), scorePercent: 90 });
    await context.dataSource.transaction((manager) => recordExamOutcome(manager, onceOnly.id, learner.userId));
    const attempts = context.get(AttemptService);
    expect(await domainErrorOf(attempts.start(learner, onceOnly.id))).toMatchObject({ code: 'CONFLICT', reason: 'exam.noAttemptsLeft' });
    const statusOf = async () => (await exams.takerStatusesOf(learner.userId, [onceOnly])).get(onceOnly.id);
    expect(await statusOf()).toMatchObject({ attemptsLeft: 0, passed: true });

    const retaking = await enrollments.retake(learner, courseId);
    expect(retaking).toMatchObject({ status: 'COMPLETED', completedLessonIds: [], progress: 0 });
    // The pass before the retake does not count for it, and the allowance counts from the retake.
    expect((await context.dataSource.transaction((manager) => recordExamOutcome(manager, onceOnly.id, learner.userId))).enrollments).toEqual([]);
    expect(await statusOf()).toMatchObject({ attemptsLeft: 1, passed: null, attemptsStarted: 0 });
    const started = await attempts.start(learner, onceOnly.id);
    expect(started.attempt.number).toBe(2);
    await context.dataSource.query(
      `UPDATE exam_attempt SET state = 'GRADED', submitted_at = now(), graded_at = now(), score_percent = 40, score_points = 0, passed = false WHERE id = $1`,
      [started.attempt.id],
    );
    // A failed attempt of the retake is its grade, whatever the earlier pass was.
    expect((await context.dataSource.transaction((manager) => recordExamOutcome(manager, onceOnly.id, learner.userId))).enrollments).toEqual([]);
    expect(await statusOf()).toMatchObject({ attemptsLeft: 0, passed: false, gradePercent: 40 });
    expect(await domainErrorOf(attempts.start(learner, onceOnly.id))).toMatchObject({ code: 'CONFLICT', reason: 'exam.noAttemptsLeft' });

    // An extra attempt granted by an override: passing it completes the retake's exam lesson.
    await context.dataSource.query(`INSERT INTO exam_override (exam_id, user_id, extra_attempts, created_by_id) VALUES ($1, $2, 1, $3)`, [onceOnly.id, learner.userId, trainer.userId]);
    const second = await attempts.start(learner, onceOnly.id);
    await context.dataSource.query(
      `UPDATE exam_attempt SET state = 'GRADED', submitted_at = now(), graded_at = now(), score_percent = 80, score_points = 0, passed = true WHERE id = $1`,
      [second.attempt.id],
    );
    const passed = await context.dataSource.transaction((manager) => recordExamOutcome(manager, onceOnly.id, learner.userId));
    expect(passed.enrollments.map((row) => [row.id, row.completedLessonIds, row.retakeStartedAt !== null, row.completionNumber])).toEqual([[enrollment.id, [examLessonId], true, 1]]);
    const renewed = await enrollments.completeLesson(learner, textLessonId);
    expect(renewed).toMatchObject({ status: 'COMPLETED', retakeStartedAt: null, completionNumber: 2, progress: 1 });
  });
});
