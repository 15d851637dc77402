import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

const ROWS = 50_000;
const PAGE = `query ($id: ID!, $first: Int, $after: Int) {
  officialImport(id: $id) { rejectedCount rejectedRows(first: $first, after: $after) { row field reason message } }
}`;

interface Page {
  officialImport: { rejectedCount: number; rejectedRows: Array<{ row: number; field: string | null; reason: string | null; message: string }> };
}

describe('the rejected rows of an onboarding import, a page at a time', () => {
  let api: TestApi;
  let db: DataSource;
  let token: string;
  let importId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const login = await api.gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: admin.email, password: TEST_PASSWORD },
    });
    token = login.data?.login.accessToken ?? '';
    // A finished import of 50,000 rows that all failed, as the worker writes it.
    const [{ id }]: Array<{ id: string }> = await db.query(
      `INSERT INTO official_import (created_by_id, file_name, content, status, total_rows, processed_rows, rejected_count, rejected_rows, finished_at)
       SELECT $1, 'all-wrong.csv', '', 'COMPLETED', $2, $2, $2,
              jsonb_agg(jsonb_build_object('row', n + 1, 'field', 'email', 'reason', 'users.emailInvalid', 'params', jsonb_build_object('value', 'khong-hop-le-' || n)) ORDER BY n), now()
         FROM generate_series(1, $2) AS n
       RETURNING id`,
      [admin.id, ROWS],
    );
    importId = id;
  });
  afterAll(() => api.close());

  it('answers the first 100 rows by default, in file order, and the next page after the last row', async () => {
    const first = await api.gql<Page>(PAGE, { id: importId }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.officialImport.rejectedCount).toBe(ROWS);
    const rows = first.data?.officialImport.rejectedRows ?? [];
    expect(rows).toHaveLength(100);
    expect(rows[0]).toEqual({ row: 2, field: 'email', reason: 'users.emailInvalid', message: '"khong-hop-le-1" không phải là địa chỉ email hợp lệ' });
    const next = await api.gql<Page>(PAGE, { id: importId, first: 500, after: rows.at(-1)?.row }, token);
    expect(next.data?.officialImport.rejectedRows.map((row) => row.row)).toEqual(Array.from({ length: 500 }, (_, index) => 102 + index));
    const last = await api.gql<Page>(PAGE, { id: importId, first: 500, after: ROWS - 1 }, token);
    expect(last.data?.officialImport.rejectedRows.map((row) => row.row)).toEqual([ROWS, ROWS + 1]);
  });

  it('never answers more than 500 rows per page, and keeps the listing of imports light', async () => {
    const big = await api.gql<Page>(PAGE, { id: importId, first: 100_000 }, token);
    expect(big.data?.officialImport.rejectedRows).toHaveLength(500);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ officialImports(first: 100) { id rejectedCount rejectedRows { row message } } }' }),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(Buffer.byteLength(text)).toBeLessThan(100_000);
  });
});
