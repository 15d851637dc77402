import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

interface ImportResult {
  importQuestions: { imported: number; errors: Array<{ line: number | null; message: string }> };
}

describe('question bank limits over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let token: string;
  let bankId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const login = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: trainer.email, password: TEST_PASSWORD },
    });
    token = login.data?.login.accessToken ?? '';
    const bank = await api.gql<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Giới hạn" }) { id } }', {}, token);
    bankId = bank.data?.createQuestionBank.id ?? '';
  });
  afterAll(() => api.close());

  it('imports a GIFT file whose $CATEGORY has 6,000 levels at once, reporting that category and its questions, while /health stays quick', async () => {
    const deep = `$CATEGORY: ${Array.from({ length: 6000 }, (_, index) => `Cấp ${index}`).join('/')}`;
    const gift = [deep, '::Một::Câu một?{T}', '$CATEGORY: top/Kỹ năng số', '::Hai::Câu hai?{F}'].join('\n\n');
    const started = performance.now();
    const imported = api.gql<ImportResult>(
      'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported errors { line message } } }',
      { input: { bankId, format: 'GIFT', content: gift } },
      token,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const healthStarted = performance.now();
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(performance.now() - healthStarted).toBeLessThan(1000);
    const result = await imported;
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.data?.importQuestions.imported).toBe(1);
    expect(result.data?.importQuestions.errors.map((error) => error.line)).toEqual([1, 3]);
    const [{ deepest }]: Array<{ deepest: number }> = await db.query('SELECT max(cardinality(segments))::int AS deepest FROM question_category WHERE bank_id = $1', [bankId]);
    expect(deepest).toBe(2);
  });

  it('refuses a 15 MB grader information before any work, and 31 tags in the domain, naming the field', async () => {
    const essay = { type: 'ESSAY', prompt: 'Viết một đoạn văn' };
    const create = (input: Record<string, unknown>) =>
      api.gql('mutation ($bankId: ID!, $input: QuestionInput!) { createQuestion(bankId: $bankId, input: $input) { id } }', { bankId, input }, token);
    const huge = await create({ ...essay, graderInfo: 'g'.repeat(15 * 1024 * 1024) });
    expect(huge.status).toBe(400);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'graderInfo', reason: 'request.textTooLong', params: { max: 100_000 } });
    const tags = await create({ ...essay, tags: Array.from({ length: 31 }, (_, index) => `nhãn ${index}`) });
    expect(tags.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags', reason: 'question.tooManyItems', params: { max: 30, count: 31 } });
    const [{ count }]: Array<{ count: number }> = await db.query(
      `SELECT count(*)::int AS count FROM question q JOIN question_version v ON v.question_id = q.id WHERE q.bank_id = $1 AND v.type = 'ESSAY'`,
      [bankId],
    );
    expect(count).toBe(0);
  });

  it('refuses a category deeper than 20 levels, in the editor as in createQuestionCategory', async () => {
    const path = Array.from({ length: 21 }, (_, index) => `c${index}`).join('/');
    const category = await api.gql('mutation ($bankId: ID!, $path: String!) { createQuestionCategory(bankId: $bankId, path: $path) { id } }', { bankId, path }, token);
    expect(category.errors?.[0]?.extensions).toMatchObject({ field: 'path', reason: 'questionCategory.tooDeep', params: { max: 20, depth: 21 } });
    const question = await api.gql(
      'mutation ($bankId: ID!, $input: QuestionInput!) { createQuestion(bankId: $bankId, input: $input) { id } }',
      { bankId, input: { type: 'TRUE_FALSE', prompt: 'Đúng?', correctBoolean: true, category: path } },
      token,
    );
    expect(question.errors?.[0]?.extensions).toMatchObject({ field: 'category', reason: 'questionCategory.tooDeep' });
  });
});
