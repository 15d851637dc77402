import type { Actor } from '../access/actor';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionImportService } from '../question-bank/question-import.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { EXAM_TEST_BANK_GIFT, insertTestAttempt } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import type { ExamCommand } from './exam-input-rules';
import { ExamService } from './exam.service';
import { ExamsModule } from './exams.module';

describe('ExamService', () => {
  let context: TestingContext;
  let exams: ExamService;
  let trainer: Actor;
  let coAuthor: Actor;
  let otherTrainer: Actor;
  let learner: Actor;
  let admin: Actor;
  let bankId: string;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    exams = context.get(ExamService);
    trainer = (await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    const coAuthorUser = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] });
    coAuthor = coAuthorUser.actor;
    otherTrainer = (await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    learner = (await createTestUser(context.dataSource)).actor;
    admin = (await createTestUser(context.dataSource, { roles: [{ role: 'ADMIN' }] })).actor;
    bankId = (await context.get(QuestionBankService).create(trainer, { title: 'Kỹ năng số cơ bản' })).bank.id;
    const imported = await context.get(QuestionImportService).import(trainer, { bankId, format: 'GIFT', content: EXAM_TEST_BANK_GIFT });
    expect(imported.errors).toEqual([]);
    await context.get(QuestionBankService).share(trainer, bankId, coAuthorUser.email);
  });
  afterAll(() => context.close());

  const form = (overrides: Partial<ExamCommand> = {}): ExamCommand => ({ title: 'Kiểm tra kỹ năng số', bankId, rules: [{ count: 5 }], ...overrides });

  it('creates an exam with its defaults, the rules as written and the question count', async () => {
    const { exam, access } = await exams.create(trainer, form({ rules: [{ category: 'Kỹ năng số/An toàn thông tin', count: 2, points: 2 }, { count: 3 }] }));
    expect(exam).toMatchObject({
      title: 'Kiểm tra kỹ năng số',
      bankId,
      questionCount: 5,
      timeLimitSeconds: null,
      maxAttempts: null,
      attemptDelaySeconds: 0,
      gradingMethod: 'HIGHEST',
      passPercent: 50,
      shuffleQuestions: false,
      shuffleOptions: true,
      graceSeconds: 0,
      openToAll: false,
      reviewPolicy: { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'AFTER_CLOSE' },
    });
    expect(access.bankRole).toBe('OWNER');
    expect((await exams.rulesOf([exam.id])).get(exam.id)).toEqual([
      { category: 'top/Kỹ năng số/An toàn thông tin', count: 2, points: 2 },
      { category: null, count: 3, points: null },
    ]);
  });

  it('refuses a rule asking for more questions than its category holds, with the numbers', async () => {
    const error = await domainErrorOf(exams.create(trainer, form({ rules: [{ category: 'top/Kỹ năng số', count: 6 }] })));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[0].count', reason: 'exam.ruleAsksTooMany' });
    expect(error.params).toMatchObject({ asked: 6, available: 5, category: 'top/Kỹ năng số' });
    expect(error.messageIn('vi')).toBe('Danh mục "top/Kỹ năng số" chỉ có 5 câu hỏi dùng được cho bài thi, nhưng quy tắc này cần 6');
    expect(error.messageIn('en')).toBe('Category "top/Kỹ năng số" holds only 5 questions an exam can use, but this rule asks for 6');
  });

  it('counts a subcategory rule out of its parent rule, so the union can supply both', async () => {
    const overlapping = [
      { category: 'top/Kỹ năng số', count: 3 },
      { category: 'top/Kỹ năng số/An toàn thông tin', count: 3 },
    ];
    const error = await domainErrorOf(exams.create(trainer, form({ rules: overlapping })));
    expect(error).toMatchObject({ field: 'rules[0].count', reason: 'exam.ruleAsksTooManyShared', params: { asked: 3, available: 2, total: 5, taken: 3 } });
    expect(await exams.ruleCounts(trainer, bankId, overlapping)).toEqual([2, 3]);
    const fits = await exams.create(trainer, form({ rules: [{ ...overlapping[0], count: 2 } as { category: string; count: number }, overlapping[1] as { category: string; count: number }] }));
    expect(fits.exam.questionCount).toBe(5);
  });

  it('draws no DESCRIPTION items, and draws essays', async () => {
    // The whole bank has 7 drawable questions, one of which the first rule takes; a category the bank lacks draws none.
    expect(await exams.ruleCounts(trainer, bankId, [{ category: 'top/Dịch vụ công', count: 1 }, { count: 1 }, { category: 'top/Không có', count: 1 }])).toEqual([2, 6, 0]);
    const error = await domainErrorOf(exams.create(trainer, form({ rules: [{ count: 8 }] })));
    expect(error).toMatchObject({ field: 'rules[0].count', params: { asked: 8, available: 7, category: 'top' } });
  });

  it('refuses an exam with no questions, an unknown category and settings out of range, naming the field', async () => {
    const refusals = async (command: ExamCommand) => {
      const error = await domainErrorOf(exams.create(trainer, command));
      return [error.code, error.field, error.reason];
    };
    expect(await refusals(form({ rules: [] }))).toEqual(['BAD_USER_INPUT', 'rules', 'exam.rulesRequired']);
    expect(await refusals(form({ rules: [{ count: 0 }] }))).toEqual(['BAD_USER_INPUT', 'rules[0].count', 'exam.ruleCountRange']);
    expect(await refusals(form({ rules: [{ count: 1 }, { category: 'Không có', count: 1 }] }))).toEqual(['BAD_USER_INPUT', 'rules[1].category', 'exam.ruleCategoryUnknown']);
    expect(await refusals(form({ rules: Array.from({ length: 51 }, () => ({ count: 1 })) }))).toEqual(['BAD_USER_INPUT', 'rules', 'exam.tooManyRules']);
    expect(await refusals(form({ rules: Array.from({ length: 2 }, () => ({ count: 300 })) }))).toEqual(['BAD_USER_INPUT', 'rules', 'exam.tooManyQuestions']);
    expect(await refusals(form({ rules: [{ count: 1, points: 0 }] }))).toEqual(['BAD_USER_INPUT', 'rules[0].points', 'exam.rulePointsRange']);
    expect(await refusals(form({ title: '   ' }))).toEqual(['BAD_USER_INPUT', 'title', 'exam.titleRequired']);
    expect(await refusals(form({ title: 'x'.repeat(256) }))).toEqual(['BAD_USER_INPUT', 'title', 'exam.titleTooLong']);
    expect(await refusals(form({ timeLimitSeconds: 0 }))).toEqual(['BAD_USER_INPUT', 'timeLimitSeconds', 'exam.timeLimitRange']);
    expect(await refusals(form({ timeLimitSeconds: 86_401 }))).toEqual(['BAD_USER_INPUT', 'timeLimitSeconds', 'exam.timeLimitRange']);
    expect(await refusals(form({ maxAttempts: 0 }))).toEqual(['BAD_USER_INPUT', 'maxAttempts', 'exam.maxAttemptsRange']);
    expect(await refusals(form({ passPercent: 101 }))).toEqual(['BAD_USER_INPUT', 'passPercent', 'exam.passPercentRange']);
    expect(await refusals(form({ graceSeconds: 601 }))).toEqual(['BAD_USER_INPUT', 'graceSeconds', 'exam.graceRange']);
    expect(await refusals(form({ attemptDelaySeconds: -1 }))).toEqual(['BAD_USER_INPUT', 'attemptDelaySeconds', 'exam.attemptDelayRange']);
    const opensAt = new Date('2027-05-01T08:00:00Z');
    expect(await refusals(form({ opensAt, closesAt: opensAt }))).toEqual(['BAD_USER_INPUT', 'closesAt', 'exam.windowOrder']);
  });

  it('lets those who may use the bank create and edit exams, and nobody else', async () => {
    expect((await exams.create(coAuthor, form())).access.bankRole).toBe('CO_AUTHOR');
    expect((await exams.create(admin, form())).exam.createdById).toBe(admin.userId);
    expect(await domainErrorOf(exams.create(otherTrainer, form()))).toMatchObject({ code: 'FORBIDDEN', reason: 'questionBank.belongsToAnother' });
    const { exam } = await exams.create(trainer, form());
    expect(await domainErrorOf(exams.update(otherTrainer, exam.id, form({ title: 'Đổi' })))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.editorsOnly' });
    expect(await domainErrorOf(exams.get(learner, exam.id))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.viewForbidden' });
    expect(await domainErrorOf(exams.get(learner, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'NOT_FOUND', reason: 'exam.notFound' });
    expect(await domainErrorOf(exams.ofBank(otherTrainer, bankId))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await exams.ofBank(coAuthor, bankId)).map((view) => view.exam.id)).toContain(exam.id);
  });

  it('shows public exams to every account, open now or opening within a month, not those closed or far off', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const open = (await exams.create(trainer, form({ title: 'Thi trực tuyến', openToAll: true }))).exam;
    const soon = (await exams.create(trainer, form({ openToAll: true, opensAt: new Date(now + 3 * day) }))).exam;
    const far = (await exams.create(trainer, form({ openToAll: true, opensAt: new Date(now + 60 * day) }))).exam;
    const closed = (await exams.create(trainer, form({ openToAll: true, opensAt: new Date(now - 3 * day), closesAt: new Date(now - day) }))).exam;
    const listed = (await exams.open(learner)).map((view) => view.exam.id);
    expect(listed).toEqual(expect.arrayContaining([open.id, soon.id]));
    expect(listed).not.toContain(far.id);
    expect(listed).not.toContain(closed.id);
    expect(listed.indexOf(open.id)).toBeLessThan(listed.indexOf(soon.id));
    expect((await exams.get(learner, open.id)).access).toMatchObject({ openToAll: true, bankRole: null });
  });

  it('updates the settings and rules, keeps the bank, and moves the deadlines of attempts in progress', async () => {
    const startedAt = new Date(Date.now() - 60_000);
    const { exam } = await exams.create(trainer, form({ timeLimitSeconds: 1800, graceSeconds: 30 }));
    const attempt = await insertTestAttempt(context.dataSource, { examId: exam.id, userId: learner.userId, startedAt });
    expect(attempt.deadline).toEqual(new Date(startedAt.getTime() + 1_800_000));
    const otherBank = (await context.get(QuestionBankService).create(trainer, { title: 'Khác' })).bank.id;
    expect(await domainErrorOf(exams.update(trainer, exam.id, form({ bankId: otherBank })))).toMatchObject({ field: 'bankId', reason: 'exam.bankCannotChange' });

    const closesAt = new Date(startedAt.getTime() + 600_000);
    const updated = await exams.update(trainer, exam.id, form({ title: 'Đã sửa', timeLimitSeconds: 3600, graceSeconds: 60, closesAt, rules: [{ count: 2 }] }));
    expect(updated.exam).toMatchObject({ title: 'Đã sửa', questionCount: 2, timeLimitSeconds: 3600, closesAt });
    const [row] = await context.dataSource.query('SELECT deadline, accepts_until FROM exam_attempt WHERE id = $1', [attempt.id]);
    expect(row).toEqual({ deadline: closesAt, accepts_until: new Date(closesAt.getTime() + 60_000) });
    expect((await exams.attemptCountsOf([exam.id])).get(exam.id)).toBe(1);
  });
});
