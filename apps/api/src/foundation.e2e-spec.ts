import { randomUUID } from 'node:crypto';
import { createTestOrgUnit, createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './test-support/test-api';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id fullName roles } } }`;

describe('API over HTTP: accounts, roles, org tree, tracks, errors', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    const response = await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login.accessToken;
  }

  it('reports health as JSON with the state of PostgreSQL and Redis', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('registers, reads me, refreshes with rotation and logs out', async () => {
    const email = `dang.ky.${randomUUID()}@gmail.com`;
    const registered = await api.gql<{ register: { accessToken: string; refreshToken: string; user: { email: string; roles: string[]; audience: string } } }>(
      `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { email roles audience } } }`,
      { input: { fullName: 'Huỳnh Thị Lan', email, password: 'hoc-so-2026' } },
    );
    expect(registered.data?.register.user).toEqual({ email, roles: ['LEARNER'], audience: 'CITIZEN' });
    const me = await api.gql<{ me: { fullName: string } }>('{ me { fullName } }', undefined, registered.data!.register.accessToken);
    expect(me.data?.me.fullName).toBe('Huỳnh Thị Lan');
    expect((await api.gql('{ me { fullName } }')).data).toEqual({ me: null });

    const refreshed = await api.gql<{ refreshToken: { refreshToken: string } }>(
      'mutation ($t: String!) { refreshToken(refreshToken: $t) { refreshToken } }',
      { t: registered.data!.register.refreshToken },
    );
    const next = refreshed.data!.refreshToken.refreshToken;
    await api.gql('mutation ($t: String!) { logout(refreshToken: $t) }', { t: next });
    const afterLogout = await api.gql('mutation ($t: String!) { refreshToken(refreshToken: $t) { refreshToken } }', { t: next });
    expect(afterLogout.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers CONFLICT, BAD_USER_INPUT with the field, and one UNAUTHENTICATED message', async () => {
    const existing = await createTestUser(db);
    const register = (input: Record<string, unknown>) =>
      api.gql('mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', { input });
    expect((await register({ fullName: 'A B', email: existing.email, password: 'hoc-so-2026' })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'email',
    });
    expect((await register({ fullName: 'A B', email: `x${randomUUID()}@a.vn`, password: '12345678' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect((await register({ fullName: 'A B', email: 'khong-hop-le', password: 'hoc-so-2026' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    const wrong = await api.gql(LOGIN, { input: { email: existing.email, password: 'sai-mat-khau-1' } });
    const unknown = await api.gql(LOGIN, { input: { email: `ai-do-${randomUUID()}@a.vn`, password: 'sai-mat-khau-1' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Email, số điện thoại hoặc mật khẩu không đúng', extensions: { code: 'UNAUTHENTICATED', reason: 'auth.wrongCredentials' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('denies by default: no token → UNAUTHENTICATED; a learner on admin operations → FORBIDDEN', async () => {
    expect((await api.gql('{ users { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const learner = await createTestUser(db);
    const token = await signIn(learner.email);
    const create = await api.gql(
      'mutation { createOrgUnit(input: { code: "HACK", name: "Hack", kind: "DISTRICT" }) { id } }',
      undefined,
      token,
    );
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ users { totalCount } }', undefined, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ users { totalCount } }', undefined, 'not-a-jwt')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin grant and remove roles, and a unit manager see only their subtree', async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const manager = await createTestUser(db);
    const inside = await createTestUser(db, { orgUnitId: commune.id, fullName: 'Người Trong Xã' });
    await createTestUser(db, { orgUnitId: elsewhere.id, fullName: 'Người Ngoài Huyện' });
    const adminToken = await signIn(admin.email);

    const grant = await api.gql<{ grantRole: { roles: string[]; roleGrants: Array<{ role: string; orgUnit: { id: string } | null }> } }>(
      'mutation ($u: ID!, $o: ID) { grantRole(userId: $u, role: UNIT_MANAGER, orgUnitId: $o) { roles roleGrants { role orgUnit { id } } } }',
      { u: manager.id, o: district.id },
      adminToken,
    );
    expect(grant.data?.grantRole.roles).toEqual(['LEARNER', 'UNIT_MANAGER']);
    const noScope = await api.gql('mutation ($u: ID!) { grantRole(userId: $u, role: UNIT_MANAGER) { id } }', { u: manager.id }, adminToken);
    expect(noScope.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitId' });

    const managerToken = await signIn(manager.email);
    const seen = await api.gql<{ users: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      '{ users(first: 100) { totalCount edges { node { id } } } }',
      undefined,
      managerToken,
    );
    expect(seen.data?.users.edges.map((e) => e.node.id)).toEqual([inside.id]);

    await api.gql('mutation ($u: ID!, $o: ID) { revokeRole(userId: $u, role: UNIT_MANAGER, orgUnitId: $o) { id } }', { u: manager.id, o: district.id }, adminToken);
    expect((await api.gql('{ users { totalCount } }', undefined, managerToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('serves the org tree by parent and refuses to delete a unit with people', async () => {
    const roots = await api.gql<{ orgUnits: Array<{ id: string; code: string; children: Array<{ parent: { id: string } }> }> }>(
      '{ orgUnits { id code children { parent { id } } } }',
    );
    expect(roots.errors).toBeUndefined();
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const token = await signIn(admin.email);
    const code = `E2E-${randomUUID().slice(0, 6).toUpperCase()}`;
    const created = await api.gql<{ createOrgUnit: { id: string; kind: string } }>(
      'mutation ($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id kind } }',
      { i: { code, name: 'Xã Thử Nghiệm', kind: 'COMMUNE' } },
      token,
    );
    const id = created.data!.createOrgUnit.id;
    await createTestUser(db, { orgUnitId: id });
    const refused = await api.gql('mutation ($id: ID!) { deleteOrgUnit(id: $id) }', { id }, token);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'orgUnits.notEmpty', params: { children: 0, members: 1 } },
      message: expect.stringContaining('1 thành viên'),
    });
    const unknown = await api.gql('mutation ($id: ID!) { renameOrgUnit(id: $id, name: "X") { id } }', { id: randomUUID() }, token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the four tracks with Vietnamese titles, and a track by code', async () => {
    await db.query(
      `INSERT INTO track (code, title, description, audiences, position) VALUES
       ('officials', 'Kỹ năng số cho cán bộ, công chức', 'Mô tả', '{OFFICIAL}', 2) ON CONFLICT DO NOTHING`,
    );
    const tracks = await api.gql<{ track: { code: string; audiences: string[] } | null }>('{ track(code: "officials") { code audiences } }');
    expect(tracks.data?.track).toEqual({ code: 'officials', audiences: ['OFFICIAL'] });
    expect((await api.gql('{ track(code: "nope") { code } }')).data).toEqual({ track: null });
  });

  it('rejects malformed GraphQL, wrong types, deep queries and oversized bodies with a code and no stack trace', async () => {
    const parse = await api.gql('{ me { ');
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const wrongType = await api.gql('query ($id: ID!) { orgUnits(parentId: $id) { id } }', { id: { nested: true } });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await api.gql('{ tracks { nope } }');
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const deep = await api.gql(`{ orgUnits { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({
      message: 'Truy vấn lồng nhau sâu hơn mức cho phép (10 cấp)',
      extensions: { code: 'BAD_USER_INPUT', reason: 'request.tooDeep', params: { max: 10, depth: 13 } },
    });
    const huge = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(17 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
    await expect(huge.json()).resolves.toEqual({
      errors: [{ message: 'Dữ liệu gửi lên vượt quá giới hạn 16 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'request.bodyTooLarge', params: { limit: 16 } } }],
    });
    const badJson = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(badJson.status).toBe(400);
    const body = JSON.stringify(await badJson.json());
    expect(body).toContain('BAD_USER_INPUT');
    expect(body).not.toMatch(/at .*\.js:\d+/);
  });

  it('queues an official import from base64 CSV and refuses a file that is not UTF-8', async () => {
    const unit = await createTestOrgUnit(db);
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const token = await signIn(admin.email);
    const start = (fileName: string, bytes: Buffer) =>
      api.gql<{ startOfficialImport: { id: string; status: string; totalRows: number } }>(
        'mutation ($i: StartOfficialImportInput!) { startOfficialImport(input: $i) { id status totalRows } }',
        { i: { fileName, contentBase64: bytes.toString('base64') } },
        token,
      );
    const ok = await start('ok.csv', Buffer.from(`\uFEFFfull_name,email,org_unit_code\nNguyễn An,an.${randomUUID()}@a.vn,${unit.code}\n`));
    expect(ok.data?.startOfficialImport).toMatchObject({ status: 'QUEUED', totalRows: 1 });
    const status = await api.gql<{ officialImport: { id: string } }>('query ($id: ID!) { officialImport(id: $id) { id } }', { id: ok.data!.startOfficialImport.id }, token);
    expect(status.data?.officialImport.id).toBe(ok.data!.startOfficialImport.id);
    const latin1 = await start('bad.csv', Buffer.from('full_name,email,org_unit_code\nNguy\xe9n,a@a.vn,X\n', 'latin1'));
    expect(latin1.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'officialImports.notUtf8' }, message: expect.stringContaining('UTF-8') });
    const notBase64 = await api.gql('mutation { startOfficialImport(input: { fileName: "x.csv", contentBase64: "%%%" }) { id } }', undefined, token);
    expect(notBase64.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
  });
});
