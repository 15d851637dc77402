import { PUBLIC_OPERATIONS } from '../test-support/public-operations';
import { operationDocument, requiredArguments, schemaOperations } from '../test-support/schema-operations';
import { startTestApi, type TestApi } from '../test-support/test-api';

const SIGN_IN_FIRST = 'Vui lòng đăng nhập';

describe('every GraphQL operation is denied to anonymous callers unless listed as public', () => {
  let api: TestApi;
  const operations = schemaOperations();

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lists only operations that exist', () => {
    const names = operations.map((op) => op.name);
    expect(PUBLIC_OPERATIONS.filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s', async (name, op) => {
    const response = await api.gql(operationDocument(op), requiredArguments(op));
    // The guard's refusal; a public operation may still answer UNAUTHENTICATED for wrong credentials.
    const refusals = (response.errors ?? []).filter((error) => error.extensions?.code === 'UNAUTHENTICATED' && error.message === SIGN_IN_FIRST);
    if (PUBLIC_OPERATIONS.includes(name)) expect(refusals).toEqual([]);
    else expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', SIGN_IN_FIRST]]);
  });
});
