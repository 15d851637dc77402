import { CourseContentService } from '../courses/course-content.service';
import { CourseService } from '../courses/course.service';
import { CoursesModule } from '../courses/courses.module';
import { EnrollmentService } from '../enrollments/enrollment.service';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import type { QuestionContent } from '../question-bank/question-content';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionImportService } from '../question-bank/question-import.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { EXAM_TEST_BANK_GIFT } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AnswerSavingService } from './answer-saving.service';
import { AttemptService } from './attempt.service';
import { ExamService } from './exam.service';
import { ExamsModule } from './exams.module';

describe('an exam lesson taken through an attempt (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([CoursesModule, EnrollmentsModule, ExamsModule]);
  });
  afterAll(() => ctx.close());

  it('is taken only by the course learners; a passing submit completes the lesson and the course, with its outbox row', async () => {
    const db = ctx.dataSource;
    const trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    const admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    const bankId = (await ctx.get(QuestionBankService).create(trainer, { title: 'Ngân hàng' })).bank.id;
    await ctx.get(QuestionImportService).import(trainer, { bankId, format: 'GIFT', content: EXAM_TEST_BANK_GIFT });
    const examId = (await ctx.get(ExamService).create(trainer, { title: 'Bài thi cuối khóa', bankId, rules: [{ category: 'top/Kỹ năng số', count: 5 }], passPercent: 80 })).exam.id;
    const courses = ctx.get(CourseService);
    const content = ctx.get(CourseContentService);
    const { course } = await courses.create(trainer, { code: `THI-${Math.random().toString(36).slice(2, 8)}`, title: 'Kỹ năng số', summary: 'Tóm tắt', hours: 2 });
    const module = await content.addModule(trainer, { courseId: course.id, title: 'Chương 1' });
    await content.addLesson(trainer, { moduleId: module.id, title: 'Bài thi', kind: 'EXAM', examId });
    await courses.submitForReview(trainer, course.id);
    await courses.publish(admin, course.id);

    const learner = (await createTestUser(db)).actor;
    const attempts = ctx.get(AttemptService);
    expect(await domainErrorOf(attempts.start(learner, examId))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.takeForbidden' });
    const enrollment = await ctx.get(EnrollmentService).enroll(learner, course.id);
    const { attempt } = await attempts.start(learner, examId);

    let clientSeq = 0;
    for (const slot of attempt.slots) {
      const [{ content: question }]: Array<{ content: QuestionContent }> = await db.query('SELECT content FROM question_version WHERE id = $1', [slot.versionId]);
      clientSeq += 1;
      const answer = slot.type === 'TRUE_FALSE' ? { boolean: question.correctBoolean } : { optionIds: [question.options.find((option) => option.fraction === 1)?.id as string] };
      await ctx.get(AnswerSavingService).save(learner, { attemptId: attempt.id, slot: slot.slot, clientSeq, ...answer });
    }
    const submitted = await attempts.submit(learner, attempt.id);
    expect(submitted.attempt).toMatchObject({ state: 'GRADED', scorePercent: 100, passed: true });
    const [completed] = await db.query('SELECT status FROM enrollment WHERE id = $1', [enrollment.id]);
    expect(completed.status).toBe('COMPLETED');
    expect(await db.query('SELECT topic FROM outbox WHERE aggregate_id = $1', [enrollment.id])).toEqual([{ topic: 'enrollment.completed' }]);
  });
});
