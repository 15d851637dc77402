import { randomUUID } from 'node:crypto';
import { CourseContentService, CourseService, type Actor } from '@hocso/server-core';
import { createTestOrgUnit, createTestUser, EXAM_TEST_BANK_GIFT, insertTestAttempt } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { statementCounter } from '../test-support/statement-counter';
import { type GraphqlResponse, startTestApi, type TestApi } from '../test-support/test-api';

const EXAM_FIELDS = `id title instructions bankId questionCount timeLimitSeconds maxAttempts attemptDelaySeconds passPercent gradingMethod
  shuffleQuestions shuffleOptions opensAt closesAt graceSeconds openToAll
  rules { category count points } reviewPolicy { score correctness feedback rightAnswers }
  allowedActions attemptCount overrides { id userId orgUnitId timeMultiplier extraAttempts opensAt closesAt }
  myAttemptsLeft myNextAttemptAt myBestPercent myPassed`;
const CREATE = `mutation ($input: CreateExamInput!) { createExam(input: $input) { ${EXAM_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CreateExamInput!) { updateExam(id: $id, input: $input) { ${EXAM_FIELDS} } }`;
const EXAM = `query ($id: ID!) { exam(id: $id) { ${EXAM_FIELDS} } }`;

interface ExamFields {
  id: string;
  title: string;
  questionCount: number;
  rules: Array<{ category: string | null; count: number; points: number | null }>;
  allowedActions: string[];
  attemptCount: number | null;
  overrides: Array<{ id: string; userId: string | null; orgUnitId: string | null; timeMultiplier: number | null; extraAttempts: number | null }>;
  myAttemptsLeft: number | null;
  myNextAttemptAt: string | null;
  myBestPercent: number | null;
  myPassed: boolean | null;
  [field: string]: unknown;
}

describe('exams over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let trainer: { actor: Actor; token: string };
  let otherTrainer: { actor: Actor; token: string };
  let admin: { actor: Actor; token: string };
  let citizen: { actor: Actor; token: string; id: string };
  let official: { actor: Actor; token: string; id: string };
  let bankId: string;

  async function person(options: Parameters<typeof createTestUser>[1] = {}): Promise<{ actor: Actor; token: string; id: string }> {
    const user = await createTestUser(db, options);
    return { actor: user.actor, id: user.id, token: await signIn(api, user.email) };
  }

  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await api.gql<T>(query, variables, token);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  async function refusal(query: string, variables: Record<string, unknown>, token?: string, language?: string) {
    const response: GraphqlResponse = await api.gql(query, variables, token, language);
    expect(response.errors).toHaveLength(1);
    expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
    return response.errors?.[0] as NonNullable<GraphqlResponse['errors']>[number];
  }

  const createExam = async (input: Record<string, unknown>, token = trainer.token): Promise<ExamFields> =>
    (await ok<{ createExam: ExamFields }>(CREATE, { input: { title: 'Kiểm tra kỹ năng số', bankId, rules: [{ count: 3 }], ...input } }, token)).createExam;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    trainer = await person({ roles: [{ role: 'TRAINER' }] });
    otherTrainer = await person({ roles: [{ role: 'TRAINER' }] });
    admin = await person({ roles: [{ role: 'ADMIN' }] });
    citizen = await person();
    const unit = await createTestOrgUnit(db);
    official = await person({ audience: 'OFFICIAL', orgUnitId: unit.id });
    bankId = (await ok<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Kỹ năng số" }) { id } }', {}, trainer.token)).createQuestionBank.id;
    await ok('mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }', { input: { bankId, format: 'GIFT', content: EXAM_TEST_BANK_GIFT } }, trainer.token);
  });
  afterAll(() => api.close());

  it('creates an exam with every setting, reads it back, and lists it with its bank', async () => {
    const opensAt = new Date(Date.now() - 3_600_000).toISOString();
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    const exam = await createExam({
      title: '  Kiểm tra   an toàn thông tin ',
      instructions: 'Làm bài trong 20 phút.',
      rules: [
        { category: 'Kỹ năng số/An toàn thông tin', count: 2, points: 2 },
        { category: 'top/Dịch vụ công', count: 1 },
      ],
      timeLimitSeconds: 1200,
      maxAttempts: 3,
      attemptDelaySeconds: 60,
      passPercent: 70,
      shuffleQuestions: true,
      shuffleOptions: false,
      gradingMethod: 'AVERAGE',
      opensAt,
      closesAt,
      graceSeconds: 30,
      reviewPolicy: { rightAnswers: 'NEVER' },
    });
    expect(exam).toMatchObject({
      title: 'Kiểm tra an toàn thông tin',
      instructions: 'Làm bài trong 20 phút.',
      bankId,
      questionCount: 3,
      timeLimitSeconds: 1200,
      maxAttempts: 3,
      attemptDelaySeconds: 60,
      passPercent: 70,
      gradingMethod: 'AVERAGE',
      shuffleQuestions: true,
      shuffleOptions: false,
      opensAt,
      closesAt,
      graceSeconds: 30,
      openToAll: false,
      rules: [
        { category: 'top/Kỹ năng số/An toàn thông tin', count: 2, points: 2 },
        { category: 'top/Dịch vụ công', count: 1, points: null },
      ],
      reviewPolicy: { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'NEVER' },
      allowedActions: ['EDIT', 'VIEW_ATTEMPTS', 'GRADE', 'MONITOR'],
      attemptCount: 0,
      overrides: [],
    });
    expect((await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, trainer.token)).exam).toEqual(exam);
    const listed = await ok<{ examsOfBank: Array<{ id: string }> }>('query ($id: ID!) { examsOfBank(bankId: $id) { id } }', { id: bankId }, trainer.token);
    expect(listed.examsOfBank.map((row) => row.id)).toContain(exam.id);
    const counts = await ok<{ examRuleCounts: number[] }>(
      'query ($id: ID!, $rules: [ExamRuleInput!]!) { examRuleCounts(bankId: $id, rules: $rules) }',
      { id: bankId, rules: [{ category: 'top/Kỹ năng số', count: 2 }, { category: 'top/Kỹ năng số/An toàn thông tin', count: 2 }, { category: 'Không có', count: 1 }] },
      trainer.token,
    );
    expect(counts.examRuleCounts).toEqual([3, 3, 0]);
  });

  it('refuses rules asking for more questions than the bank holds with the numbers, in Vietnamese and English', async () => {
    const input = { title: 'Quá nhiều', bankId, rules: [{ count: 1 }, { category: 'top/Kỹ năng số', count: 6 }] };
    const vi = await refusal(CREATE, { input }, trainer.token);
    expect(vi.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[1].count', reason: 'exam.ruleAsksTooMany', params: { asked: 6, available: 5, category: 'top/Kỹ năng số' } });
    expect(vi.message).toBe('Danh mục "top/Kỹ năng số" chỉ có 5 câu hỏi dùng được cho bài thi, nhưng quy tắc này cần 6');
    const en = await refusal(CREATE, { input }, trainer.token, 'en');
    expect(en.message).toBe('Category "top/Kỹ năng số" holds only 5 questions an exam can use, but this rule asks for 6');
    const overlapping = await refusal(CREATE, { input: { ...input, rules: [{ category: 'top/Kỹ năng số', count: 4 }, { category: 'top/Kỹ năng số/An toàn thông tin', count: 3 }] } }, trainer.token, 'en');
    expect(overlapping.message).toBe(
      'Category "top/Kỹ năng số" holds 5 usable questions, of which the other rules of this exam take 3: 2 are left for this rule, but it asks for 4',
    );
    expect(await db.query('SELECT id FROM exam WHERE title = $1', ['Quá nhiều'])).toEqual([]);
  });

  it('refuses an exam with no questions, an empty bank, bad settings and wrong ids, each naming the field', async () => {
    const emptyBank = (await ok<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Trống" }) { id } }', {}, trainer.token)).createQuestionBank.id;
    const fieldOf = async (input: Record<string, unknown>) => (await refusal(CREATE, { input: { title: 'Bài thi', bankId, rules: [{ count: 1 }], ...input } }, trainer.token)).extensions;
    expect(await fieldOf({ rules: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules', reason: 'exam.rulesRequired' });
    expect(await fieldOf({ bankId: emptyBank })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[0].count', params: { asked: 1, available: 0 } });
    expect(await fieldOf({ rules: [{ category: 'Không có', count: 1 }] })).toMatchObject({ field: 'rules[0].category', reason: 'exam.ruleCategoryUnknown' });
    expect(await fieldOf({ rules: [{ count: -1 }] })).toMatchObject({ field: 'rules[0].count' });
    expect(await fieldOf({ title: '' })).toMatchObject({ field: 'title' });
    expect(await fieldOf({ timeLimitSeconds: -5 })).toMatchObject({ field: 'timeLimitSeconds' });
    expect(await fieldOf({ passPercent: 150 })).toMatchObject({ field: 'passPercent' });
    expect(await fieldOf({ graceSeconds: 3600 })).toMatchObject({ field: 'graceSeconds' });
    expect(await fieldOf({ maxAttempts: 0 })).toMatchObject({ field: 'maxAttempts' });
    expect(await fieldOf({ opensAt: '2027-05-02T00:00:00Z', closesAt: '2027-05-01T00:00:00Z' })).toMatchObject({ field: 'closesAt', reason: 'exam.windowOrder' });
    expect(await fieldOf({ bankId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', reason: 'questionBank.notFound' });
    expect(await fieldOf({ bankId: 'không-phải-id' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bankId' });
    expect((await refusal(EXAM, { id: randomUUID() }, trainer.token)).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'exam.notFound' });
    expect((await refusal(EXAM, { id: 'abc' }, trainer.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await refusal(EXAM, { id: randomUUID() })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await fieldOf({ instructions: 'x'.repeat(20_001) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'instructions' });
  });

  it('updates an exam while attempts exist and says how many, keeps its bank, and refuses other trainers', async () => {
    const exam = await createExam({ timeLimitSeconds: 600 });
    await insertTestAttempt(db, { examId: exam.id, userId: official.id });
    const updated = (await ok<{ updateExam: ExamFields }>(UPDATE, { id: exam.id, input: { title: 'Đã sửa', bankId, rules: [{ count: 2 }], timeLimitSeconds: 900 } }, trainer.token)).updateExam;
    expect(updated).toMatchObject({ title: 'Đã sửa', questionCount: 2, timeLimitSeconds: 900, attemptCount: 1 });
    const otherBank = (await ok<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Khác" }) { id } }', {}, trainer.token)).createQuestionBank.id;
    expect((await refusal(UPDATE, { id: exam.id, input: { title: 'x', bankId: otherBank, rules: [{ count: 1 }] } }, trainer.token)).extensions).toMatchObject({
      field: 'bankId',
      reason: 'exam.bankCannotChange',
    });
    expect((await refusal(UPDATE, { id: exam.id, input: { title: 'x', bankId, rules: [{ count: 1 }] } }, otherTrainer.token)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refusal(EXAM, { id: exam.id }, otherTrainer.token)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.viewForbidden' });
  });

  it("shows a public exam to every account with what they may do and where they stand; a closed one can no longer be taken", async () => {
    const exam = await createExam({ openToAll: true, maxAttempts: 2, attemptDelaySeconds: 3600, passPercent: 60 });
    const closed = await createExam({ openToAll: true, opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString() });
    const listed = await ok<{ openExams: Array<{ id: string }> }>('{ openExams { id } }', {}, citizen.token);
    expect(listed.openExams.map((row) => row.id)).toContain(exam.id);
    expect(listed.openExams.map((row) => row.id)).not.toContain(closed.id);

    const seen = (await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, citizen.token)).exam;
    expect(seen).toMatchObject({ allowedActions: ['TAKE'], attemptCount: null, overrides: [], myAttemptsLeft: 2, myNextAttemptAt: null, myBestPercent: null, myPassed: null });
    const closedSeen = (await ok<{ exam: ExamFields }>(EXAM, { id: closed.id }, citizen.token)).exam;
    expect(closedSeen.allowedActions).toEqual([]);

    const first = await insertTestAttempt(db, { examId: exam.id, userId: citizen.id, startedAt: new Date(Date.now() - 120_000), scorePercent: 75 });
    const after = (await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, citizen.token)).exam;
    expect(after).toMatchObject({ allowedActions: [], myAttemptsLeft: 1, myBestPercent: 75, myPassed: true });
    const [{ submitted_at: submittedAt }] = await db.query('SELECT submitted_at FROM exam_attempt WHERE id = $1', [first.id]);
    expect(after.myNextAttemptAt).toBe(new Date((submittedAt as Date).getTime() + 3_600_000).toISOString());
  });

  it("lets the exam's editors set and remove overrides, which learners never see but feel", async () => {
    const exam = await createExam({ openToAll: true, maxAttempts: 1 });
    const set = await ok<{ setExamOverride: { id: string; userId: string; extraAttempts: number; timeMultiplier: number } }>(
      'mutation ($input: ExamOverrideInput!) { setExamOverride(input: $input) { id userId orgUnitId extraAttempts timeMultiplier } }',
      { input: { examId: exam.id, userId: citizen.id, extraAttempts: 2, timeMultiplier: 1.5 } },
      trainer.token,
    );
    expect(set.setExamOverride).toMatchObject({ userId: citizen.id, extraAttempts: 2, timeMultiplier: 1.5 });
    expect((await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, trainer.token)).exam.overrides).toEqual([
      expect.objectContaining({ id: set.setExamOverride.id, userId: citizen.id, extraAttempts: 2 }),
    ]);
    expect((await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, citizen.token)).exam).toMatchObject({ overrides: [], myAttemptsLeft: 3 });

    const overrideInput = (input: Record<string, unknown>) => ({ input: { examId: exam.id, ...input } });
    const SET = 'mutation ($input: ExamOverrideInput!) { setExamOverride(input: $input) { id } }';
    expect((await refusal(SET, overrideInput({ userId: citizen.id, orgUnitId: randomUUID(), extraAttempts: 1 }), trainer.token)).extensions).toMatchObject({ field: 'orgUnitId', reason: 'exam.overrideTarget' });
    expect((await refusal(SET, overrideInput({ userId: citizen.id, timeMultiplier: 9 }), trainer.token, 'en')).message).toBe(
      'The time multiplier must be from 1 to 5 (1.5 is half as much time again)',
    );
    expect((await refusal(SET, overrideInput({ userId: randomUUID(), extraAttempts: 1 }), trainer.token)).extensions).toMatchObject({ field: 'userId', reason: 'exam.overrideUserUnknown' });
    expect((await refusal(SET, { input: { examId: randomUUID(), userId: citizen.id, extraAttempts: 1 } }, trainer.token)).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refusal(SET, overrideInput({ userId: citizen.id, extraAttempts: 1 }), otherTrainer.token)).extensions).toMatchObject({ code: 'FORBIDDEN' });

    expect(await ok('mutation ($id: ID!) { removeExamOverride(id: $id) }', { id: set.setExamOverride.id }, trainer.token)).toEqual({ removeExamOverride: true });
    expect((await ok<{ exam: ExamFields }>(EXAM, { id: exam.id }, citizen.token)).exam.myAttemptsLeft).toBe(1);
    expect((await refusal('mutation ($id: ID!) { removeExamOverride(id: $id) }', { id: set.setExamOverride.id }, trainer.token)).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lets administrators set a learner's accommodation, and refuses trainers and bad values", async () => {
    const SET = 'mutation ($id: ID!, $m: Float!, $note: String) { setLearnerAccommodation(userId: $id, timeMultiplier: $m, note: $note) }';
    expect(await ok(SET, { id: official.id, m: 1.5, note: 'Khiếm thị' }, admin.token)).toEqual({ setLearnerAccommodation: true });
    expect((await refusal(SET, { id: official.id, m: 1.5 }, trainer.token)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.accommodationForbidden' });
    expect((await refusal(SET, { id: official.id, m: 0 }, admin.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeMultiplier' });
    expect((await refusal(SET, { id: randomUUID(), m: 1.5 }, admin.token)).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refusal(SET, { id: official.id, m: 1.5, note: 'x'.repeat(1001) }, admin.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('puts an exam in a course as an EXAM lesson, shows it to the course readers, and refuses to mark it done by hand', async () => {
    const exam = await createExam({ title: 'Bài thi cuối khóa' });
    const ADD = 'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id kind exam { id title questionCount } } }';
    const courses = api.app.get(CourseService);
    const { course } = await courses.create(trainer.actor, { code: `THI-${randomUUID().slice(0, 8)}`, title: 'Khóa có bài thi', summary: 'x', hours: 1 });
    const module = await api.app.get(CourseContentService).addModule(trainer.actor, { courseId: course.id, title: 'Chương 1' });
    const added = await ok<{ addLesson: { id: string; kind: string; exam: { id: string; title: string } } }>(
      ADD,
      { input: { moduleId: module.id, kind: 'EXAM', title: 'Thi cuối khóa', examId: exam.id } },
      trainer.token,
    );
    expect(added.addLesson).toMatchObject({ kind: 'EXAM', exam: { id: exam.id, title: 'Bài thi cuối khóa', questionCount: 3 } });
    expect((await refusal(ADD, { input: { moduleId: module.id, kind: 'EXAM', title: 'Thi' } }, trainer.token)).extensions).toMatchObject({ field: 'examId', reason: 'course.examLessonExam' });
    expect((await refusal(ADD, { input: { moduleId: module.id, kind: 'EXAM', title: 'Thi', examId: randomUUID() } }, trainer.token)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'examId',
      reason: 'exam.notFound',
    });
    await courses.submitForReview(trainer.actor, course.id);
    await courses.publish(admin.actor, course.id);

    const COURSE = 'query ($id: ID!) { course(id: $id) { modules { lessons { id exam { id title allowedActions myAttemptsLeft } } } } }';
    const anonymous = await ok<{ course: { modules: Array<{ lessons: Array<{ exam: { id: string; allowedActions: string[] } }> }> } }>(COURSE, { id: course.id });
    expect(anonymous.course.modules[0]?.lessons[0]?.exam).toEqual({ id: exam.id, title: 'Bài thi cuối khóa', allowedActions: [], myAttemptsLeft: null });
    await ok('mutation ($id: ID!) { enroll(courseId: $id) { id } }', { id: course.id }, official.token);
    const enrolled = await ok<{ course: { modules: Array<{ lessons: Array<{ exam: { allowedActions: string[] } }> }> } }>(COURSE, { id: course.id }, official.token);
    expect(enrolled.course.modules[0]?.lessons[0]?.exam.allowedActions).toEqual(['TAKE']);
    const done = await refusal('mutation ($id: ID!) { completeLesson(lessonId: $id) { id } }', { id: added.addLesson.id }, official.token, 'en');
    expect(done.extensions).toMatchObject({ code: 'CONFLICT', reason: 'enrollment.examLessonByPassing' });
    expect(done.message).toBe('This lesson is an exam: it is done when you pass the exam, and cannot be marked done by hand');
  });

  it('answers a list of exams with every field in a fixed number of SQL statements (no N+1)', async () => {
    const listBank = (await ok<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Đếm" }) { id } }', {}, trainer.token)).createQuestionBank.id;
    await ok('mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }', { input: { bankId: listBank, format: 'GIFT', content: EXAM_TEST_BANK_GIFT } }, trainer.token);
    const counter = statementCounter(db);
    const countFor = async (exams: number) => {
      while (((await ok<{ examsOfBank: unknown[] }>('query ($id: ID!) { examsOfBank(bankId: $id) { id } }', { id: listBank }, trainer.token)).examsOfBank.length) < exams) {
        await createExam({ bankId: listBank, rules: [{ category: 'top/Kỹ năng số', count: 2 }, { count: 1 }] });
      }
      counter.reset();
      const list = await ok<{ examsOfBank: ExamFields[] }>(`query ($id: ID!) { examsOfBank(bankId: $id) { ${EXAM_FIELDS} } }`, { id: listBank }, trainer.token);
      expect(list.examsOfBank).toHaveLength(exams);
      expect(list.examsOfBank.every((exam) => exam.rules.length === 2)).toBe(true);
      return counter.count();
    };
    try {
      const counts = [await countFor(3), await countFor(12)];
      console.log(`SQL statements for a bank's exams with every field (3 vs 12 exams): ${counts.join(' / ')}`);
      expect(counts[0]).toBe(counts[1]);
    } finally {
      counter.stop();
    }
  });
});
