import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

interface ErrorBody {
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
}

describe('errors in the language of the request', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await api.close();
  });

  async function post(body: string, acceptLanguage?: string, path = '/graphql') {
    const response = await fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as ErrorBody };
  }

  async function firstError(query: string, acceptLanguage?: string, variables?: Record<string, unknown>) {
    return (await post(JSON.stringify({ query, variables }), acceptLanguage)).body.errors[0];
  }

  async function signIn(email: string): Promise<string> {
    const response = await api.gql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password: TEST_PASSWORD } },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login.accessToken;
  }

  it('answers in Vietnamese by default and when the request asks for a language we do not have', async () => {
    for (const header of [undefined, 'fr-FR,fr;q=0.9', 'vi-VN,vi;q=0.9,en;q=0.8']) {
      const error = await firstError('{ myQuestionBanks { id } }', header);
      expect(error).toMatchObject({ message: 'Vui lòng đăng nhập', extensions: { code: 'UNAUTHENTICATED', reason: 'common.signInRequired', params: {} } });
    }
  });

  it('answers in English when the request prefers it, with the same reason key', async () => {
    const error = await firstError('{ myQuestionBanks { id } }', 'en-US,en;q=0.9,vi;q=0.5');
    expect(error).toMatchObject({ message: 'Please sign in', extensions: { code: 'UNAUTHENTICATED', reason: 'common.signInRequired' } });
  });

  it("gives GraphQL's own errors the Vietnamese sentence of their code, GraphQL's text kept in extensions.detail", async () => {
    const cases = [
      { query: '{ me { ', code: 'GRAPHQL_PARSE_FAILED', reason: 'request.invalidOperation', detail: /Syntax Error/ },
      { query: '{ tracks { nope } }', code: 'GRAPHQL_VALIDATION_FAILED', reason: 'request.invalidOperation', detail: /Cannot query field "nope"/ },
      {
        query: 'query ($first: Int) { users(first: $first) { totalCount } }',
        variables: { first: 'many' },
        code: 'BAD_USER_INPUT',
        reason: 'request.invalidValues',
        detail: /Int cannot represent/,
      },
    ];
    for (const { query, variables, code, reason, detail } of cases) {
      const vietnamese = await firstError(query, undefined, variables);
      expect(vietnamese).toMatchObject({ extensions: { code, reason, detail: expect.stringMatching(detail) } });
      expect(vietnamese.message).toMatch(/không hợp lệ/);
      const english = await firstError(query, 'en', variables);
      expect(english).toMatchObject({ message: expect.stringMatching(detail), extensions: { code, reason } });
    }
  });

  it('refuses a too deep query in the language of the request', async () => {
    const deep = `{ orgUnits { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`;
    await expect(firstError(deep)).resolves.toMatchObject({ message: 'Truy vấn lồng nhau sâu hơn mức cho phép (10 cấp)', extensions: { reason: 'request.tooDeep' } });
    await expect(firstError(deep, 'en')).resolves.toMatchObject({ message: 'The query is nested deeper than the limit of 10 levels' });
  });

  it('refuses a body that is not JSON in the language of the request', async () => {
    const vietnamese = await post('{"query": ');
    expect(vietnamese).toMatchObject({ status: 400, body: { errors: [{ message: 'Dữ liệu gửi lên không phải là JSON hợp lệ', extensions: { reason: 'request.bodyNotJson' } }] } });
    expect(vietnamese.body.errors[0].extensions['detail']).toEqual(expect.any(String));
    await expect(post('{"query": ', 'en')).resolves.toMatchObject({ body: { errors: [{ message: 'The request body is not valid JSON' }] } });
  });

  it('refuses an upload without a file in the language of the request', async () => {
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const token = await signIn(trainer.email);
    const upload = async (acceptLanguage: string, form: FormData) => {
      const response = await fetch(`${api.url}/uploads/lesson-files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'accept-language': acceptLanguage },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as ErrorBody };
    };
    const missing = await upload('vi', new FormData());
    expect(missing).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'files.missing' } }] } });
    expect(missing.body.errors[0].message).toMatch(/^Chưa nhận được tệp/);
    const wrongField = new FormData();
    wrongField.append('attachment', new Blob(['x']), 'a.txt');
    const refused = await upload('vi', wrongField);
    expect(refused).toMatchObject({ status: 400, body: { errors: [{ extensions: { field: 'file', reason: 'files.uploadUnreadable', detail: expect.any(String) } }] } });
    expect(refused.body.errors[0].message).toMatch(/^Không đọc được tệp tải lên/);
    await expect(upload('en', wrongField)).resolves.toMatchObject({ body: { errors: [{ message: 'The upload could not be read; send one file in the field "file"' }] } });
  });

  it('renders rejected CSV rows in the language of the request, rows stored as English sentences as they are', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const rejectedRows = [
      { row: 2, field: 'org_unit_code', reason: 'officialImports.orgUnitCodeUnknown', params: { code: 'KHONG-CO' } },
      { row: 3, field: 'email', reason: 'Unknown org unit code "OLD"' },
    ];
    const [{ id }] = await db.query(
      `INSERT INTO official_import (created_by_id, file_name, content, status, total_rows, processed_rows, rejected_count, rejected_rows, error)
       VALUES ($1, 'a.csv', '', 'FAILED', 2, 2, 2, $2::jsonb, 'connection terminated unexpectedly') RETURNING id`,
      [admin.id, JSON.stringify(rejectedRows)],
    );
    const token = await signIn(admin.email);
    const read = (acceptLanguage: string) =>
      api.gql<{ officialImport: { error: string; rejectedRows: Array<{ row: number; message: string; reason: string | null }> } }>(
        'query ($id: ID!) { officialImport(id: $id) { error rejectedRows { row message reason } } }',
        { id },
        token,
        acceptLanguage,
      );
    await expect(read('vi')).resolves.toMatchObject({
      data: {
        officialImport: {
          error: 'Lần nhập không hoàn tất do lỗi hệ thống; vui lòng tải tệp lên lại',
          rejectedRows: [
            { row: 2, message: 'Không có đơn vị nào mang mã "KHONG-CO"', reason: 'officialImports.orgUnitCodeUnknown' },
            { row: 3, message: 'Unknown org unit code "OLD"', reason: null },
          ],
        },
      },
    });
    await expect(read('en')).resolves.toMatchObject({
      data: { officialImport: { rejectedRows: [{ row: 2, message: 'Unknown org unit code "KHONG-CO"' }, { row: 3, message: 'Unknown org unit code "OLD"' }] } },
    });
  });
});
