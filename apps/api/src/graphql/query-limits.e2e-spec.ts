import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

const HEAVY_COURSES = 'courses(first: 100) { edges { node { modules { lessons { bodyHtml } } } } }';
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

describe('cost and size limits of GraphQL requests', () => {
  let api: TestApi;
  let db: DataSource;
  let redis: Redis;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    await post('{ tracks { code } }');
  });
  afterAll(async () => {
    redis.disconnect();
    await api.close();
  });

  async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  it('refuses the 832-alias catalogue request while parsing it, with HTTP 400, saying why', async () => {
    const started = performance.now();
    const answer = await post(aliases(832, HEAVY_COURSES));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      detail: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 5000 tokens/),
    });
  });

  it('refuses more aliases than the limit, in the language of the request', async () => {
    const codes = (count: number) => `{ tracks ${aliases(count, 'code')} }`;
    const answer = await post(codes(31), undefined, { 'accept-language': 'en' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'This request uses 31 aliases; the limit is 30',
      extensions: { code: 'BAD_USER_INPUT', reason: 'request.tooManyAliases', params: { count: 31, limit: 30 }, count: 31, limit: 30 },
    });
    expect((await post(codes(30))).status).toBe(200);
  });

  it('counts a list once per item it can hold: one page of 100 courses with their lessons is already too costly', async () => {
    const answer = await post(`{ ${HEAVY_COURSES} }`);
    expect(answer.status).toBe(400);
    const error = answer.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'request.tooComplex', limit: 50_000 });
    expect(error?.extensions?.['cost']).toBeGreaterThan(100 * 10 * 10 * 10);
    expect(error?.message).toMatch(/^Yêu cầu này quá nặng \(chi phí ước tính [\d.]+, tối đa 50\.000\)/);
  });

  it("answers what the portal's catalogue asks for", async () => {
    const answer = await post(
      `query ($first: Int) { courses(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code title summary hours trackPlacements { position mandatory track { id code title } } } } } }`,
      { first: 100 },
    );
    expect(answer).toMatchObject({ status: 200, body: { data: { courses: { edges: expect.any(Array) } } } });
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses the same root field asked for again and again without aliases', async () => {
    const answer = await post(`{ ${Array.from({ length: 21 }, () => 'tracks { code }').join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ reason: 'request.tooManyRootFields', params: { count: 21, limit: 20 } });
  });

  it('lets one request register only one account, whatever the aliases', async () => {
    const [first, second] = [`alias-a-${Date.now()}@test.hocso.vn`, `alias-b-${Date.now()}@test.hocso.vn`];
    const register = (alias: string, email: string) =>
      `${alias}: register(input: { fullName: "Người Thử", email: "${email}", password: "${TEST_PASSWORD}" }) { accessToken }`;
    const answer = await post(`mutation { ${register('a', first)} ${register('b', second)} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ reason: 'request.tooManyOfField', params: { field: 'register', count: 2, limit: 1 } });
    const [{ count }]: Array<{ count: number }> = await db.query('SELECT count(*)::int AS count FROM app_user WHERE email = ANY($1)', [[first, second]]);
    expect(count).toBe(0);
  });

  it('lets one request export a question bank only once', async () => {
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const signedIn = await post('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: trainer.email, password: TEST_PASSWORD } });
    const token = (signedIn.body.data?.['login'] as { accessToken: string }).accessToken;
    const bank = await api.gql<{ createQuestionBank: { id: string } }>('mutation { createQuestionBank(input: { title: "Ngân hàng" }) { id } }', {}, token);
    const bankId = bank.data?.createQuestionBank.id;
    const exports = await api.gql(`query ($id: ID!) { a: exportQuestions(bankId: $id, format: GIFT) b: exportQuestions(bankId: $id, format: MOODLE_XML) }`, { id: bankId }, token);
    expect(exports.status).toBe(400);
    expect(exports.errors?.[0]?.extensions).toMatchObject({ reason: 'request.tooManyOfField', params: { field: 'exportQuestions', count: 2, limit: 1 } });
    const one = await api.gql<{ exportQuestions: string }>(`query ($id: ID!) { exportQuestions(bankId: $id, format: GIFT) }`, { id: bankId }, token);
    expect(one.status).toBe(200);
    expect(typeof one.data?.exportQuestions).toBe('string');
  });

  it('refuses at once fragments spread into each other eight times over (16 million copies of one field)', async () => {
    const levels = Array.from({ length: 8 }, (_, level) => `fragment F${level} on Query { ${Array.from({ length: 8 }, () => `...F${level + 1}`).join(' ')} }`);
    const query = `query { ...F0 } ${levels.join(' ')} fragment F8 on Query { tracks { code } }`;
    const started = performance.now();
    const answer = await post(query);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'request.tooLarge', params: { limit: 10_000 } });
  });

  it('measures depth through fragments too', async () => {
    const query = `{ orgUnits { ...Deep } } fragment Deep on OrgUnit { ${'children { '.repeat(10)}id${' }'.repeat(10)} }`;
    const answer = await post(query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ reason: 'request.tooDeep', params: { max: 10, depth: 11 } });
  });

  it('answers HTTP 400, not 500, when a variable does not fit while the cost is checked', async () => {
    const answer = await post('query ($first: Int) { courses(first: $first) { totalCount } }', { first: 'many' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a 10 MB sign-in email before any work: no Redis key, no hash', async () => {
    const prefix = process.env['QUEUE_PREFIX'] ?? 'hocso';
    const keysBefore = await redis.keys(`${prefix}:login:*`);
    const email = `${'a'.repeat(10 * 1024 * 1024)}@test.hocso.vn`;
    const answer = await post('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: 'x' } }, { 'accept-language': 'en' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: `email has at most 320 characters (the value sent has ${email.length.toLocaleString('en-GB')})`,
      extensions: { code: 'BAD_USER_INPUT', field: 'email', reason: 'request.textTooLong', params: { max: 320 } },
    });
    expect(await redis.keys(`${prefix}:login:*`)).toEqual(keysBefore);
  });

  it('bounds scalar arguments and strings inside lists of input objects, naming the field', async () => {
    const cursor = await post('query ($after: String) { courses(after: $after) { totalCount } }', { after: 'A'.repeat(20_000) });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors?.[0]?.extensions).toMatchObject({ field: 'after', reason: 'request.textTooLong', params: { max: 8000 } });
    const comment = await post('mutation ($c: String!) { returnCourseToDraft(courseId: "00000000-0000-4000-8000-000000000000", comment: $c) { id } }', { c: 'x'.repeat(5001) });
    expect(comment.status).toBe(400);
    expect(comment.body.errors?.[0]?.extensions).toMatchObject({ field: 'comment', params: { max: 5000 } });
    const option = await post('mutation ($input: QuestionInput!) { createQuestion(bankId: "00000000-0000-4000-8000-000000000000", input: $input) { id } }', {
      input: { type: 'SINGLE_CHOICE', prompt: 'P', options: [{ text: 'a', fraction: 1 }, { text: 'b'.repeat(100_001), fraction: 0 }] },
    });
    expect(option.status).toBe(400);
    expect(option.body.errors?.[0]?.extensions).toMatchObject({ field: 'options.1.text', params: { max: 100_000 } });
  });
});
