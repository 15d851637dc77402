import readXlsxFile from 'read-excel-file/node';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { statisticsFile } from './exam-statistics-export';
import { ExamStatisticsService } from './exam-statistics.service';
import { ExamsModule } from './exams.module';
import { insertAttemptRow, resultOf, slotsOf } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld } from './test-support/exam-world';

/**
 * Six learners' first graded attempts at four 1-point questions (fractions per question):
 *
 *        q1  q2  q3  q4   total  percent
 *   A     1   0   1   1     3      75
 *   B     1   0   1  .5   2.5    62.5
 *   C     1   1   0  .5   2.5    62.5
 *   D     1   1   0   0     2      50
 *   E     1   0   1   1     3      75
 *   F     1   0   0   0     1      25   (F's first attempt still waits for grading: their second counts)
 *
 * Worked by hand: mean 350/6 = 58.33 %; median (62.5 + 62.5) / 2 = 62.5 %; sample standard deviation
 * √(1770.83 / 5) = 18.82. Facility q1 6/6 = 1, q2 2/6, q3 3/6, q4 3/6. Discrimination r(q, total − q):
 * q1 never varies (null); q2 Σdxdy = −1.5, Σdx² = 4/3, Σdy² = 4.5 → −1.5/√6 = −0.6124; q3 Σdxdy = 0 → 0;
 * q4 0.5/√(1 × 5/6) = √0.3 = 0.5477. Cronbach's alpha: item variances 0 + 4/15 + 3/10 + 1/5 = 23/30, total
 * variance 17/30 → 4/3 × (1 − 23/17) = −8/17 = −0.4706.
 */
const FRACTIONS: Record<string, number[]> = {
  A: [1, 0, 1, 1],
  B: [1, 0, 1, 0.5],
  C: [1, 1, 0, 0.5],
  D: [1, 1, 0, 0],
  E: [1, 0, 1, 1],
  F: [1, 0, 0, 0],
};

describe('exam statistics (service, real PostgreSQL, figures worked by hand)', () => {
  let context: TestingContext;
  let service: ExamStatisticsService;
  let world: ExamWorld;
  let examId: string;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    service = context.get(ExamStatisticsService);
    world = await createExamWorld(context.dataSource);
    examId = await world.createExam({ title: 'Kiểm tra =kỹ năng số' });
    const slots = slotsOf(world.questions, 1);
    const startedAt = new Date(Date.now() - 3 * 60 * 60 * 1000);
    for (const [name, fractions] of Object.entries(FRACTIONS)) {
      const learner = await createTestUser(context.dataSource, { withPassword: false, fullName: `Học viên ${name}` });
      const results = fractions.map((fraction, index) => resultOf(index + 1, fraction, 1));
      if (name === 'F') {
        await insertAttemptRow(context.dataSource, { examId, userId: learner.id, slots, number: 1, startedAt, state: 'NEEDS_GRADING', results: [...results.slice(0, 3), resultOf(4, null, 1)] });
        await insertAttemptRow(context.dataSource, { examId, userId: learner.id, slots, number: 2, startedAt: new Date(startedAt.getTime() + 60_000), results });
        continue;
      }
      await insertAttemptRow(context.dataSource, { examId, userId: learner.id, slots, number: 1, startedAt, results });
      // A later attempt, better or worse, never counts.
      await insertAttemptRow(context.dataSource, { examId, userId: learner.id, slots, number: 2, startedAt: new Date(startedAt.getTime() + 60_000), results: fractions.map((_f, index) => resultOf(index + 1, 0, 1)) });
    }
    const working = await createTestUser(context.dataSource, { withPassword: false });
    await insertAttemptRow(context.dataSource, { examId, userId: working.id, slots, state: 'IN_PROGRESS' });
  });

  afterAll(async () => {
    await context.close();
  });

  it('matches the figures worked by hand', async () => {
    const statistics = await service.statistics(world.trainer.actor, examId);
    expect(statistics.attemptCount).toBe(6);
    expect(statistics.meanPercent).toBeCloseTo(58.3333, 4);
    expect(statistics.medianPercent).toBe(62.5);
    expect(statistics.standardDeviation).toBeCloseTo(18.8193, 4);
    expect(statistics.cronbachAlpha).toBeCloseTo(-8 / 17, 6);
    const [q1, q2, q3, q4] = statistics.questions;
    expect(statistics.questions.map((question) => [question.slot, question.questionId, question.attempts])).toEqual(
      world.questions.map((question, index) => [index + 1, question.id, 6]),
    );
    expect([q1?.facility, q1?.discrimination, q1?.flags]).toEqual([1, null, ['VERY_EASY']]);
    expect(q2?.facility).toBeCloseTo(1 / 3, 6);
    expect(q2?.discrimination).toBeCloseTo(-1.5 / Math.sqrt(6), 6);
    expect(q2?.flags).toEqual(['NEGATIVE_DISCRIMINATION']);
    expect([q3?.facility, q3?.discrimination, q3?.flags]).toEqual([0.5, 0, []]);
    expect(q4?.discrimination).toBeCloseTo(Math.sqrt(0.3), 6);
    expect(statistics.histogram.filter((bin) => bin.count > 0).map((bin) => [bin.fromPercent, bin.count])).toEqual([[20, 1], [50, 1], [60, 2], [70, 2]]);
    expect(q1?.promptExcerpt).toBe('Cách nào giữ tài khoản an toàn?');
    expect(q4?.type).toBe('ESSAY');
  });

  it('exports the same figures as CSV and as an XLSX that reads back', async () => {
    const statistics = await service.statistics(world.trainer.actor, examId);
    const csv = await statisticsFile(statistics, 'CSV', 'vi');
    expect(csv.fileName).toBe('Kiểm tra =kỹ năng số - Thống kê bài thi.csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Điểm trung bình (%),58.33\r\n');
    expect(text).toContain(`1,${world.questions[0]!.id},Cách nào giữ tài khoản an toàn?,6,100.00,,quá dễ\r\n`);

    const xlsx = await statisticsFile(statistics, 'XLSX', 'en');
    expect(xlsx.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(xlsx.body);
    expect(sheet?.sheet).toBe('Exam statistics');
    const rows = sheet?.data ?? [];
    expect(rows[0]?.slice(0, 2)).toEqual(['Attempts (each learner’s first graded one)', 6]);
    expect(rows[1]?.slice(0, 2)).toEqual(['Mean score (%)', 58.33]);
    const q2 = rows.find((row) => row[1] === world.questions[1]!.id);
    expect(q2?.slice(3)).toEqual([6, 33.33, -61.24, 'negative discrimination']);
  });

  it('is for the exam’s editors only', async () => {
    for (const refused of [world.otherTrainer, world.learner, world.manager]) {
      expect((await domainErrorOf(service.statistics(refused.actor, examId))).code).toBe('FORBIDDEN');
    }
    expect((await service.statistics(world.coAuthor.actor, examId)).attemptCount).toBe(6);
  });
});
