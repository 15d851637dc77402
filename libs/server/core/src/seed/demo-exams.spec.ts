import { parseQuestions } from '../question-bank/formats/parse-questions';
import { DEMO_COURSES } from './demo-courses';
import { DEMO_EXAMS } from './demo-exams';
import { DEMO_QUESTION_BANKS } from './demo-question-banks';

describe('DEMO_EXAMS', () => {
  it.each(DEMO_EXAMS.map((exam) => [exam.title, exam]))('"%s" draws from its demo bank without essays, within what each category holds', (_, exam) => {
    const bank = DEMO_QUESTION_BANKS.find((candidate) => candidate.title === exam.bankTitle);
    expect(bank).toBeDefined();
    const { questions } = parseQuestions('GIFT', bank?.gift ?? '');
    for (const rule of exam.rules) {
      const pool = questions.filter((question) => question.category === rule.category || question.category?.startsWith(`${rule.category}/`));
      expect(pool.filter((question) => question.type !== 'DESCRIPTION' && question.type !== 'ESSAY').length).toBeGreaterThanOrEqual(rule.count);
      expect(pool.some((question) => question.type === 'ESSAY')).toBe(false);
    }
  });

  it('has the public test of 10 questions in 20 minutes, and the exam every EXAM lesson of the demo courses names', () => {
    expect(DEMO_EXAMS.find((exam) => exam.openToAll)).toMatchObject({ title: 'Kiểm tra kỹ năng số cơ bản', timeLimitSeconds: 1200, rules: [{ count: 10 }] });
    const named = DEMO_COURSES.flatMap((course) => course.modules.flatMap((module) => module.lessons)).filter((lesson) => lesson.kind === 'EXAM');
    expect(named.length).toBeGreaterThan(0);
    for (const lesson of named) expect(DEMO_EXAMS.map((exam) => exam.title)).toContain(lesson.examTitle);
  });
});
