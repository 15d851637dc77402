import { randomUUID } from 'node:crypto';
import { createTestOrgUnit, createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mustSucceed, signIn } from '../test-support/session';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CREATE = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id fullName email orgUnit { id } allowedActions } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(userId: $id) { deactivatedAt allowedActions } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(userId: $id) { deactivatedAt allowedActions } }';
const ME = '{ me { id } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Creating, editing, deactivating, finding and exporting people over HTTP, as the users page does. */
describe('user administration, over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let district: { id: string; path: string; code: string };
  let elsewhere: { id: string; path: string };
  let managerToken: string;
  let learnerToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    district = await createTestOrgUnit(db, { kind: 'DISTRICT', name: 'Huyện Quản Trị' });
    elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const manager = await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    managerToken = (await signIn(api, manager.email)).accessToken;
    learnerToken = (await signIn(api, (await createTestUser(db, { orgUnitId: district.id })).email)).accessToken;
  });
  afterAll(() => api.close());

  it('creates a person in the subtree, and says in the reader’s language why a second one with the address is refused', async () => {
    const email = `moi-${randomUUID()}@test.hocso.vn`;
    const { createUser } = await mustSucceed<{ createUser: Record<string, unknown> }>(api, CREATE, { input: { fullName: 'Nguyễn Thị Mới', email, orgUnitId: district.id } }, managerToken);
    expect(createUser).toMatchObject({ fullName: 'Nguyễn Thị Mới', email, orgUnit: { id: district.id }, allowedActions: ['EDIT_DETAILS', 'EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'DEACTIVATE', 'SEND_PASSWORD_RESET'] });
    const vi = await api.gql(CREATE, { input: { fullName: 'Trùng', email, orgUnitId: district.id } }, managerToken, 'vi');
    expect(vi.errors?.[0]).toMatchObject({ message: `Email "${email}" đã được một tài khoản khác sử dụng`, extensions: { code: 'CONFLICT', field: 'email' } });
    const en = await api.gql(CREATE, { input: { fullName: 'Trùng', email, orgUnitId: district.id } }, managerToken, 'en');
    expect(en.errors?.[0]?.message).toBe(`The email "${email}" is already used by another account`);
    const outside = await api.gql(CREATE, { input: { fullName: 'Ngoài', email: `x-${randomUUID()}@test.hocso.vn`, orgUnitId: elsewhere.id } }, managerToken);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooLong = await api.gql(CREATE, { input: { fullName: 'x'.repeat(5000), email: `y-${randomUUID()}@test.hocso.vn`, orgUnitId: district.id } }, managerToken);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM app_user WHERE full_name IN ('Ngoài') OR length(full_name) > 200`);
    expect(count).toBe(0);
  });

  it('ends the sessions of a deactivated person at their next request and refuses their sign-in until reactivated', async () => {
    const person = await createTestUser(db, { orgUnitId: district.id });
    const session = await signIn(api, person.email);
    await expect(mustSucceed(api, ME, {}, session.accessToken)).resolves.toEqual({ me: { id: person.id } });
    const { deactivateUser } = await mustSucceed<{ deactivateUser: { deactivatedAt: string | null; allowedActions: string[] } }>(api, DEACTIVATE, { id: person.id }, managerToken);
    expect(deactivateUser.deactivatedAt).not.toBeNull();
    expect(deactivateUser.allowedActions).toEqual(['REACTIVATE']);
    const after = await api.gql(ME, {}, session.accessToken);
    expect(after.data?.['me'] ?? null).toBeNull();
    const refused = await api.gql(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } }, undefined, 'vi');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Tài khoản này đã bị khóa; vui lòng liên hệ quản trị viên hoặc người quản lý đơn vị của bạn',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const reset = await api.gql('mutation ($id: ID!) { sendPasswordReset(userId: $id) }', { id: person.id }, managerToken, 'vi');
    expect(reset.errors?.[0]).toMatchObject({ message: 'Tài khoản này đã bị khóa', extensions: { code: 'CONFLICT' } });
    const { reactivateUser } = await mustSucceed<{ reactivateUser: { deactivatedAt: string | null } }>(api, REACTIVATE, { id: person.id }, managerToken);
    expect(reactivateUser.deactivatedAt).toBeNull();
    await expect(mustSucceed(api, LOGIN, { input: { email: person.email, password: TEST_PASSWORD } })).resolves.toBeDefined();
    const self = await api.gql(DEACTIVATE, { id: person.id }, learnerToken);
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('finds "Nguyễn" when searched as "Nguyen", by keyset pages', async () => {
    const unit = await createTestOrgUnit(db, { parent: district });
    for (const fullName of ['Nguyễn Văn Ba', 'Nguyễn Thị Hai', 'Nguyên Một', 'Trần Văn Bốn']) await createTestUser(db, { orgUnitId: unit.id, fullName });
    const page = (after?: string) =>
      mustSucceed<{ users: { edges: Array<{ node: { fullName: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } }>(
        api,
        'query ($after: String, $unit: ID) { users(search: "Nguyen", orgUnitId: $unit, first: 2, after: $after) { edges { node { fullName } } pageInfo { endCursor hasNextPage } totalCount } }',
        { after, unit: unit.id },
        managerToken,
      );
    const first = await page();
    const second = await page(first.users.pageInfo.endCursor);
    expect(first.users.totalCount).toBe(3);
    expect([...first.users.edges, ...second.users.edges].map((edge) => edge.node.fullName)).toEqual(['Nguyên Một', 'Nguyễn Thị Hai', 'Nguyễn Văn Ba']);
    expect(second.users.pageInfo.hasNextPage).toBe(false);
  });

  describe('GET /users/export.csv', () => {
    const download = (query: string, token?: string) =>
      fetch(`${api.url}/users/export.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('streams the subtree as a UTF-8 CSV with a byte order mark, formula-safe', async () => {
      const unit = await createTestOrgUnit(db, { parent: district, name: 'Xã Tệp Xuất' });
      await createTestUser(db, { orgUnitId: unit.id, fullName: '+Nguyễn Công Thức' });
      await createTestUser(db, { orgUnitId: elsewhere.id, fullName: '+Nguyễn Công Thức' });
      const response = await download(`?search=${encodeURIComponent('nguyen cong thuc')}`, managerToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^'\+Nguyễn Công Thức,.*,Xã Tệp Xuất,LEARNER,ACTIVE,/);
    });

    it('is refused as listing people is: without a token, to learners, and with a bad filter', async () => {
      expect((await download('')).status).toBe(401);
      expect((await download('', learnerToken)).status).toBe(403);
      const bad = await download('?orgUnitId=not-a-uuid', managerToken);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'orgUnitId' } }] });
      // A unit outside the subtree narrows to nobody, as the list does.
      const outside = await download(`?orgUnitId=${elsewhere.id}`, managerToken);
      expect((await outside.text()).trimEnd().split('\r\n')).toHaveLength(1);
      expect((await download(`?search=${'x'.repeat(300)}`, managerToken)).status).toBe(400);
    });
  });
});
