import { createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { argumentsWith, operationDocument, requiredArguments, schemaOperations, textPositions } from '../test-support/schema-operations';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

describe('malformed ids and unstorable characters are refused at the edge, naming the field', () => {
  let api: TestApi;
  let adminToken: string;
  const cases = schemaOperations().flatMap((operation) => textPositions(operation).map((position) => ({ operation, position })));

  beforeAll(async () => {
    api = await startTestApi();
    const admin = await createTestUser(api.app.get<DataSource>(getDataSourceToken()), { roles: [{ role: 'ADMIN' }, { role: 'TRAINER' }] });
    adminToken = await signIn(api, admin.email);
  });
  afterAll(async () => {
    console.log(`malformed input: ${cases.length} argument positions × 2 or 3 values tried`);
    await api.close();
  });

  it.each(cases.map((entry) => [`${entry.operation.name} ${entry.position.path.join('.')}`, entry] as const))('%s', async (_name, { operation, position }) => {
    const argumentNames = [...new Set([...Object.keys(requiredArguments(operation)), String(position.path[0])])];
    const field = position.path.join('.');
    const values: Array<[string, string]> =
      position.scalar === 'ID'
        ? [['not-a-uuid', 'input.invalidId'], ["1' OR '1'='1", 'input.invalidId']]
        : [['a\u0000b', 'input.nulCharacter'], ['dòng 1\ndòng\u0000 2', 'input.nulCharacterAtLine'], ['a\ud800b', 'input.brokenCharacter']];
    for (const [value, reason] of values) {
      const response = await api.gql(operationDocument(operation, argumentNames), argumentsWith(operation, position.path, value), adminToken);
      expect({ status: response.status, data: response.data, errors: response.errors?.map((error) => error.extensions) }).toEqual({
        status: 400,
        data: undefined,
        errors: [expect.objectContaining({ code: 'BAD_USER_INPUT', reason, field })],
      });
    }
  });

  it('says where in an imported file the NUL character is', async () => {
    const response = await api.gql(
      'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }',
      { input: { bankId: '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f', format: 'GIFT', content: 'Câu 1?{T}\n\nCâu 2?{F}\n\nCâu\u0000 3?{T}\n' } },
      adminToken,
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'input.content chứa ký tự NUL (mã 0) ở dòng 5, ký tự này không được phép',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.content', params: { line: 5 } },
    });
  });

  it('answers a forged pagination cursor with BAD_USER_INPUT on after, never a database error', async () => {
    const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const created = await api.gql<{ createQuestionBank: { id: string } }>(
      'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }',
      { input: { title: 'Ngân hàng thử con trỏ' } },
      adminToken,
    );
    const bankId = created.data?.createQuestionBank.id;
    const lists: Array<[string, string[]]> = [
      ['query ($after: String) { courses(after: $after) { totalCount } }', [forged([{}, 'x']), forged(['Nhập\u0000', 'x']), forged(['Nhập môn', 'not-a-uuid'])]],
      ['query ($after: String) { courses(search: "an toàn", after: $after) { totalCount } }', [forged(['x', 'Nhập môn', '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f'])]],
      ['query ($after: String) { users(after: $after) { totalCount } }', [forged([1, 2]), forged(['Nguyễn', "' OR 1=1 --"])]],
      [
        `query ($after: String) { questionBank(id: "${bankId}") { questionPage(after: $after) { totalCount } } }`,
        [forged([['top'], '-999999999999999999', 0, '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f']), forged([['top\u0000'], '0', 0, '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f']), 'A'.repeat(4_000)],
      ],
    ];
    for (const [query, cursors] of lists) {
      for (const after of cursors) {
        const response = await api.gql(query, { after }, adminToken);
        expect({ query, after, errors: response.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.reason]) }).toEqual({
          query,
          after,
          errors: [['BAD_USER_INPUT', 'after', 'pagination.cursorInvalid']],
        });
      }
    }
  });
});
