import { createTestExam, createTestUser, type TestExam } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { statementCounter } from '../test-support/statement-counter';
import { startTestApi, type TestApi } from '../test-support/test-api';

const ATTEMPT_FIELDS = `id number state startedAt deadline acceptsUntil serverNow submittedAt autoSubmitted scorePercent scorePoints maxPoints passed
  exam { id title } user { id } orgUnit { id }
  questions { slot type prompt points options { id text } matchPrompts matchPromptsHtml matchChoices }
  answers { slot clientSeq savedAt optionIds text number boolean matches { prompt answer } }`;

interface Attempt {
  id: string;
  number: number;
  state: string;
  deadline: string;
  acceptsUntil: string;
  serverNow: string;
  submittedAt: string | null;
  scorePercent: number | null;
  maxPoints: number;
  exam: { id: string };
  questions: Array<{ slot: number; type: string; prompt: string; points: number; options: Array<{ id: string; text: string }>; matchPrompts: string[]; matchPromptsHtml: string[] }>;
  answers: Array<{ slot: number; clientSeq: number; optionIds: string[] | null; text: string | null }>;
}

/** Every object key of a GraphQL answer, however deep. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysOf(item, keys);
    }
  }
  return keys;
}

describe('attempts through GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let exam: TestExam;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    exam = await createTestExam({ dataSource: db, get: (type) => api.app.get(type, { strict: false }) });
    token = await signIn(api, (await createTestUser(db)).email);
    otherToken = await signIn(api, (await createTestUser(db)).email);
  });
  afterAll(() => api?.close());

  const start = (as = token) => api.gql<{ startAttempt: Attempt }>(`mutation ($id: ID!) { startAttempt(examId: $id) { ${ATTEMPT_FIELDS} } }`, { id: exam.examId }, as);
  const save = (input: Record<string, unknown>, as = token) =>
    api.gql<{ saveAnswer: { slot: number; clientSeq: number; optionIds: string[] | null } }>(
      'mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { slot clientSeq savedAt optionIds text } }',
      { input },
      as,
    );

  it('starts, saves in order, resumes on another device and submits, never showing the answer key', async () => {
    const started = await start();
    expect(started.errors).toBeUndefined();
    const attempt = started.data?.startAttempt as Attempt;
    expect(attempt).toMatchObject({ number: 1, state: 'IN_PROGRESS', maxPoints: 7, scorePercent: null, exam: { id: exam.examId }, answers: [] });
    expect(Math.abs(Date.parse(attempt.serverNow) - Date.now())).toBeLessThan(10_000);
    expect(Date.parse(attempt.deadline) - Date.parse(attempt.serverNow)).toBeGreaterThan(1790_000);
    const keys = keysOf(started.data);
    for (const secret of ['fraction', 'feedback', 'correctBoolean', 'numericAnswers', 'matchPairs', 'results', 'generalFeedback']) expect(keys.has(secret)).toBe(false);
    expect(JSON.stringify(started.data)).not.toContain('1945');
    const single = attempt.questions.find((question) => question.type === 'SINGLE_CHOICE');
    expect(single?.options.map((option) => option.text).sort()).toEqual(['Huế', 'Hà Nội', 'Đà Nẵng']);
    expect(attempt.questions.find((question) => question.type === 'SHORT_ANSWER')?.options).toEqual([]);
    const matching = attempt.questions.find((question) => question.type === 'MATCHING');
    expect(matching?.matchPrompts).toContain('Sở TT&amp;TT');

    const [first, second] = single?.options ?? [];
    expect((await save({ attemptId: attempt.id, slot: single?.slot, clientSeq: 2, optionIds: [second.id] })).data?.saveAnswer).toMatchObject({ clientSeq: 2, optionIds: [second.id] });
    expect((await save({ attemptId: attempt.id, slot: single?.slot, clientSeq: 1, optionIds: [first.id] })).data?.saveAnswer).toMatchObject({ clientSeq: 2, optionIds: [second.id] });

    const resumed = await start();
    expect(resumed.data?.startAttempt.id).toBe(attempt.id);
    const read = await api.gql<{ attempt: Attempt }>(`query ($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: attempt.id }, token);
    expect(read.data?.attempt.answers).toEqual([{ slot: single?.slot, clientSeq: 2, savedAt: expect.any(String), optionIds: [second.id], text: null, number: null, boolean: null, matches: null }]);

    const submit = () => api.gql<{ submitAttempt: Attempt }>(`mutation ($id: ID!) { submitAttempt(attemptId: $id) { ${ATTEMPT_FIELDS} } }`, { id: attempt.id }, token);
    const submitted = (await submit()).data?.submitAttempt as Attempt;
    expect(submitted).toMatchObject({ state: 'GRADED', scorePercent: 0, autoSubmitted: false });
    expect((await submit()).data?.submitAttempt.submittedAt).toBe(submitted.submittedAt);
    expect(keysOf(submitted).has('fraction')).toBe(false);
    const mine = await api.gql<{ myAttempts: Array<{ id: string; state: string }> }>('query ($id: ID!) { myAttempts(examId: $id) { id state } }', { id: exam.examId }, token);
    expect(mine.data?.myAttempts).toEqual([{ id: attempt.id, state: 'GRADED' }]);
  });

  it('refuses bad saves with the code and field, in Vietnamese by default, and stores nothing', async () => {
    const attempt = (await start(otherToken)).data?.startAttempt as Attempt;
    const essay = attempt.questions.find((question) => question.type === 'ESSAY') as Attempt['questions'][number];
    const single = attempt.questions.find((question) => question.type === 'SINGLE_CHOICE') as Attempt['questions'][number];
    const refusals: Array<[Record<string, unknown>, string, string, string?]> = [
      [{ attemptId: attempt.id, slot: essay.slot, clientSeq: 1, text: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'text'],
      [{ attemptId: attempt.id, slot: single.slot, clientSeq: -1 }, 'BAD_USER_INPUT', 'clientSeq', 'Số thứ tự lần lưu phải từ 0 đến 2.147.483.647'],
      [{ attemptId: attempt.id, slot: single.slot, clientSeq: 1, number: 2 }, 'BAD_USER_INPUT', 'number'],
      [{ attemptId: attempt.id, slot: 42, clientSeq: 1 }, 'BAD_USER_INPUT', 'slot', 'Lượt làm bài không có câu số 42 (có 7 câu)'],
      [{ attemptId: attempt.id, slot: single.slot, clientSeq: 1, optionIds: [exam.examId] }, 'BAD_USER_INPUT', 'optionIds'],
    ];
    for (const [input, code, field, message] of refusals) {
      const { errors } = await save(input, otherToken);
      expect(errors?.[0]?.extensions).toMatchObject({ code, field });
      if (message) expect(errors?.[0]?.message).toBe(message);
    }
    const foreign = await save({ attemptId: attempt.id, slot: single.slot, clientSeq: 5 }, token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM attempt_answer WHERE attempt_id = $1', [attempt.id]);
    expect(count).toBe(0);
  });

  it('answers a list of attempts with their questions and answers in a fixed number of SQL statements (no N+1)', async () => {
    const policy = { score: 'AFTER_CLOSE', correctness: 'NEVER', feedback: 'NEVER', rightAnswers: 'NEVER' };
    const many = await createTestExam(
      { dataSource: db, get: (type) => api.app.get(type, { strict: false }) },
      { rules: [{ category: 'top/Đề/A', count: 2 }], shuffleQuestions: true, reviewPolicy: policy as never },
    );
    const learner = await signIn(api, (await createTestUser(db)).email);
    const LIST = `query ($id: ID!) { myAttempts(examId: $id) { ${ATTEMPT_FIELDS} } }`;
    const counter = statementCounter(db);
    const countFor = async (attempts: number) => {
      for (;;) {
        const listed = await api.gql<{ myAttempts: Attempt[] }>(LIST, { id: many.examId }, learner);
        if ((listed.data?.myAttempts.length ?? 0) >= attempts) break;
        const started = await api.gql<{ startAttempt: Attempt }>('mutation ($id: ID!) { startAttempt(examId: $id) { id questions { slot options { id } } } }', { id: many.examId }, learner);
        const attempt = started.data?.startAttempt as Attempt;
        const question = attempt.questions[0] as Attempt['questions'][number];
        await save({ attemptId: attempt.id, slot: question.slot, clientSeq: 1, ...(question.options.length ? { optionIds: [question.options[0]?.id] } : {}) }, learner);
        await api.gql('mutation ($id: ID!) { submitAttempt(attemptId: $id) { id } }', { id: attempt.id }, learner);
      }
      counter.reset();
      const listed = await api.gql<{ myAttempts: Attempt[] }>(LIST, { id: many.examId }, learner);
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.myAttempts).toHaveLength(attempts);
      return counter.count();
    };
    try {
      const counts = [await countFor(2), await countFor(6)];
      console.log(`SQL statements for a learner's attempts with questions and answers (2 vs 6 attempts): ${counts.join(' / ')}`);
      expect(counts[1]).toBe(counts[0]);
    } finally {
      counter.stop();
    }
  });
});
