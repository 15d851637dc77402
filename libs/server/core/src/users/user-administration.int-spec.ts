import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { OrgUnitService } from '../org-units/org-unit.service';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser, TEST_PASSWORD, uniqueMobile } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AccountAdministrationService } from './account-administration.service';
import { UserAdministrationModule } from './user-administration.module';
import { UserService } from './user.service';
import { USER_EXPORT_COLUMNS, UsersCsvExport } from './users-csv-export';

describe('User administration (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let users: UserService;
  let administration: AccountAdministrationService;
  let auth: AuthService;
  let admin: Actor;
  let manager: Actor;
  let district: { id: string; path: string };
  let commune: { id: string; path: string };
  let elsewhere: { id: string; path: string };

  beforeAll(async () => {
    ctx = await createTestingContext([UserAdministrationModule, OrgUnitsModule, AuthModule]);
    db = ctx.dataSource;
    users = ctx.get(UserService);
    administration = ctx.get(AccountAdministrationService);
    auth = ctx.get(AuthService);
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    commune = await createTestOrgUnit(db, { parent: district });
    elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    manager = (await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
  });
  afterAll(() => ctx.close());

  const email = () => `admin-${randomUUID()}@test.hocso.vn`;
  const names = async (actor: Actor, orgUnitId: string, search?: string) =>
    (await users.search(actor, { orgUnitId, search, first: 100 })).items.map((user) => user.fullName);

  describe('Vietnamese order', () => {
    it('lists org units and people as Vietnamese readers sort them, page after page', async () => {
      const parent = await createTestOrgUnit(db, { kind: 'PROVINCE' });
      for (const name of ['Sở Khoa học', 'Em', 'Đông', 'Sở Kế hoạch', 'Dương']) await createTestOrgUnit(db, { parent, name });
      const expected = ['Dương', 'Đông', 'Em', 'Sở Kế hoạch', 'Sở Khoa học'];
      expect((await ctx.get(OrgUnitService).children(parent.id)).map((unit) => unit.name)).toEqual(expected);
      expect((await ctx.get(OrgUnitService).childrenOfMany([parent.id])).get(parent.id)?.map((unit) => unit.name)).toEqual(expected);

      const unit = await createTestOrgUnit(db, { parent });
      for (const fullName of ['Sở Khoa học', 'Em', 'Đông', 'Sở Kế hoạch', 'Dương']) await createTestUser(db, { orgUnitId: unit.id, fullName });
      expect(await names(admin, unit.id)).toEqual(expected);
      const paged: string[] = [];
      let after: string | undefined;
      do {
        const page = await users.search(admin, { orgUnitId: unit.id, first: 2, after });
        paged.push(...page.items.map((user) => user.fullName));
        after = page.hasNextPage ? page.cursors[page.cursors.length - 1] : undefined;
      } while (after);
      expect(paged).toEqual(expected);
    });
  });

  describe('search', () => {
    it('ignores accents and case, and needs every word', async () => {
      const unit = await createTestOrgUnit(db, { parent: district });
      await createTestUser(db, { orgUnitId: unit.id, fullName: 'Nguyễn Văn Đức' });
      await createTestUser(db, { orgUnitId: unit.id, fullName: 'Trần Thị Nguyệt', email: `nguyet-${randomUUID()}@test.hocso.vn` });
      await createTestUser(db, { orgUnitId: unit.id, fullName: 'Lê 100% Hoa' });
      expect(await names(admin, unit.id, 'nguyen')).toEqual(['Nguyễn Văn Đức']);
      expect(await names(admin, unit.id, 'NGUYEN duc')).toEqual(['Nguyễn Văn Đức']);
      expect(await names(admin, unit.id, 'đức')).toEqual(['Nguyễn Văn Đức']);
      expect(await names(admin, unit.id, 'nguyet')).toEqual(['Trần Thị Nguyệt']);
      expect(await names(admin, unit.id, 'nguyen thi')).toEqual([]);
      expect(await names(admin, unit.id, '100%')).toEqual(['Lê 100% Hoa']);
      expect(await names(admin, unit.id, '%')).toEqual(['Lê 100% Hoa']);
    });

    it('shows a unit manager the people of their subtree only, never administrators', async () => {
      const mine = await createTestUser(db, { orgUnitId: commune.id, fullName: 'Phạm Tìm Thấy' });
      await createTestUser(db, { orgUnitId: elsewhere.id, fullName: 'Phạm Tìm Thấy' });
      await createTestUser(db, { orgUnitId: commune.id, fullName: 'Phạm Tìm Thấy', roles: [{ role: 'ADMIN' }] });
      const found = await users.search(manager, { search: 'pham tim thay', first: 100 });
      expect(found.items.map((user) => user.id)).toEqual([mine.id]);
      expect(found.totalCount).toBe(1);
    });
  });

  describe('create and edit', () => {
    it('creates a learner in the manager subtree with a set-password link, and refuses outside it', async () => {
      const address = email();
      const created = await administration.create(manager, { fullName: ' Hồ  Thị Mới ', email: address.toUpperCase(), orgUnitId: commune.id, position: 'Chuyên viên' });
      expect(created).toMatchObject({ fullName: 'Hồ Thị Mới', email: address, audience: 'OFFICIAL', orgUnitId: commune.id, createdById: manager.userId });
      const [row] = await db.query(
        `SELECT (SELECT array_agg(role) FROM role_grant WHERE user_id = $1) AS roles, (SELECT count(*)::int FROM password_token WHERE user_id = $1) AS links`,
        [created.id],
      );
      expect(row).toEqual({ roles: ['LEARNER'], links: 1 });
      expect(await failure(administration.create(manager, { fullName: 'Ngoài', email: email(), orgUnitId: elsewhere.id }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(administration.create(manager, { fullName: 'Không đơn vị', email: email() }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'orgUnitId',
        reason: 'users.orgUnitRequired',
      });
      expect(await failure(administration.create(admin, { fullName: 'Trùng', email: address }))).toMatchObject({ code: 'CONFLICT', field: 'email' });
      const learner = (await createTestUser(db, { orgUnitId: commune.id })).actor;
      expect(await failure(administration.create(learner, { fullName: 'Học viên', email: email() }))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('creates one account when the same address is created twice at once', async () => {
      const address = email();
      const results = await Promise.allSettled([0, 1].map(() => administration.create(admin, { fullName: 'Song Song', email: address })));
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE email = $1', [address]);
      expect(count).toBe(1);
    });

    it("edits someone's name, email, phone and position inside the subtree, never an administrator's", async () => {
      const person = await createTestUser(db, { orgUnitId: commune.id });
      const taken = await createTestUser(db, { orgUnitId: commune.id });
      const address = email();
      const [phone, takenPhone] = [uniqueMobile(), uniqueMobile()];
      await db.query('UPDATE app_user SET phone = $2, phone_verified_at = now() WHERE id = $1', [taken.id, takenPhone.e164]);
      await db.query(`UPDATE app_user SET phone_verified_at = now() WHERE id = $1`, [person.id]);
      const edited = await users.updateDetails(manager, person.id, { fullName: 'Võ Đổi Tên', email: address, phone: phone.typed, position: ' Trưởng phòng ' });
      expect(edited).toMatchObject({ fullName: 'Võ Đổi Tên', email: address, phone: phone.e164, position: 'Trưởng phòng', phoneVerifiedAt: null });
      expect(await failure(users.updateDetails(manager, person.id, { phone: takenPhone.typed }))).toMatchObject({ code: 'CONFLICT', field: 'phone', reason: 'users.phoneTaken' });
      expect(await failure(users.updateDetails(manager, person.id, { phone: '12345' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
      expect(await failure(administration.create(manager, { fullName: 'Trùng Số', email: email(), phone: takenPhone.e164, orgUnitId: commune.id }))).toMatchObject({
        code: 'CONFLICT',
        field: 'phone',
      });
      expect(await names(admin, commune.id, 'vo doi ten')).toEqual(['Võ Đổi Tên']);
      expect(await failure(users.updateDetails(manager, person.id, { email: taken.email }))).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(await failure(users.updateDetails(manager, person.id, { email: 'not-an-email' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      const outsider = await createTestUser(db, { orgUnitId: elsewhere.id });
      expect(await failure(users.updateDetails(manager, outsider.id, { fullName: 'Không được' }))).toMatchObject({ code: 'FORBIDDEN' });
      const localAdmin = await createTestUser(db, { orgUnitId: commune.id, roles: [{ role: 'ADMIN' }] });
      expect(await failure(users.updateDetails(manager, localAdmin.id, { fullName: 'Không được' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(users.updateMembership(manager, localAdmin.id, { orgUnitId: commune.id }))).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('roles', () => {
    it('lets a unit manager grant and revoke UNIT_MANAGER inside their subtree, nothing more', async () => {
      const person = await createTestUser(db, { orgUnitId: commune.id });
      await users.grantRole(manager, person.id, 'UNIT_MANAGER', commune.id);
      const roles = async () => (await db.query('SELECT role FROM role_grant WHERE user_id = $1 ORDER BY role', [person.id])).map((r: { role: string }) => r.role);
      expect(await roles()).toEqual(['LEARNER', 'UNIT_MANAGER']);
      expect(await failure(users.grantRole(manager, person.id, 'UNIT_MANAGER', elsewhere.id))).toMatchObject({ code: 'FORBIDDEN', reason: 'users.roleNotGrantable' });
      expect(await failure(users.grantRole(manager, person.id, 'ADMIN', null))).toMatchObject({ code: 'FORBIDDEN', reason: 'users.roleNotGrantable' });
      expect(await failure(users.grantRole(manager, person.id, 'TRAINER', null))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(users.revokeRole(manager, person.id, 'LEARNER', null))).toMatchObject({ code: 'FORBIDDEN', reason: 'users.roleNotRevocable' });
      expect(await failure(users.revokeRole(admin, person.id, 'LEARNER', null))).toMatchObject({ code: 'FORBIDDEN', reason: 'users.roleNotRevocable' });
      await users.revokeRole(manager, person.id, 'UNIT_MANAGER', commune.id);
      expect(await roles()).toEqual(['LEARNER']);
      expect(await failure(users.revokeRole(manager, manager.userId, 'UNIT_MANAGER', district.id))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(users.revokeRole(admin, admin.userId, 'ADMIN', null))).toMatchObject({ code: 'CONFLICT', reason: 'users.cannotRemoveOwnAdminRole' });
    });
  });

  describe('deactivation', () => {
    it('ends every session at once and refuses sign-in, refresh and set-password links until reactivated', async () => {
      const person = await createTestUser(db, { orgUnitId: commune.id });
      const first = await auth.login({ email: person.email }, TEST_PASSWORD);
      const second = await auth.login({ email: person.email }, TEST_PASSWORD);
      const link = await auth.createPasswordToken(person.id);
      const deactivated = await administration.deactivate(manager, person.id);
      expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
      const [row] = await db.query(
        `SELECT u.deactivated_by_id, (SELECT count(*)::int FROM auth_session s WHERE s.user_id = u.id AND s.ended_at IS NULL) AS live
           FROM app_user u WHERE u.id = $1`,
        [person.id],
      );
      expect(row).toEqual({ deactivated_by_id: manager.userId, live: 0 });
      expect(await failure(auth.actorFor(first.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await failure(auth.refresh(second.refreshToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await failure(auth.login({ email: person.email }, TEST_PASSWORD))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'auth.accountDeactivated' });
      expect(await failure(auth.login({ email: person.email }, 'wrong-pass-2026'))).toMatchObject({ reason: 'auth.wrongCredentials' });
      expect(await failure(auth.setPasswordWithToken(link, 'Mat-khau-moi-2026'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(await failure(administration.deactivate(manager, person.id))).toMatchObject({ code: 'CONFLICT', reason: 'users.alreadyDeactivated' });
      expect((await users.search(manager, { orgUnitId: commune.id, deactivated: true, first: 100 })).items.map((u) => u.id)).toEqual([person.id]);

      await administration.reactivate(manager, person.id);
      const again = await auth.login({ email: person.email }, TEST_PASSWORD);
      expect((await auth.actorFor(again.accessToken)).userId).toBe(person.id);
      expect(await failure(administration.reactivate(manager, person.id))).toMatchObject({ code: 'CONFLICT', reason: 'users.notDeactivated' });
    });

    it('refuses the requests of a session that signed in while the account was being deactivated', async () => {
      const person = await createTestUser(db, { orgUnitId: commune.id });
      const signedIn = await auth.login({ email: person.email }, TEST_PASSWORD);
      await db.query('UPDATE app_user SET deactivated_at = now() WHERE id = $1', [person.id]);
      expect(await failure(auth.actorFor(signedIn.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('refuses deactivating oneself, an administrator (for a unit manager) and someone outside the subtree', async () => {
      expect(await failure(administration.deactivate(admin, admin.userId))).toMatchObject({ code: 'CONFLICT', reason: 'users.cannotDeactivateSelf' });
      const localAdmin = await createTestUser(db, { orgUnitId: commune.id, roles: [{ role: 'ADMIN' }] });
      expect(await failure(administration.deactivate(manager, localAdmin.id))).toMatchObject({ code: 'FORBIDDEN' });
      const outsider = await createTestUser(db, { orgUnitId: elsewhere.id });
      expect(await failure(administration.deactivate(manager, outsider.id))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(administration.deactivate(manager, randomUUID()))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('CSV export', () => {
    it('writes a formula-safe UTF-8 file with a byte order mark, of the subtree only, across batches', async () => {
      const unit = await createTestOrgUnit(db, { parent: district, name: 'Xã Xuất Tệp' });
      await createTestUser(db, { orgUnitId: unit.id, fullName: '=HYPERLINK("http://x")' });
      await createTestUser(db, { orgUnitId: unit.id, fullName: 'Đặng, "Văn" Bình' });
      await createTestUser(db, { orgUnitId: unit.id, fullName: '@Nguyễn' });
      const file = async (actor: Actor, filters: Parameters<UsersCsvExport['chunks']>[1]) => {
        let text = '';
        for await (const chunk of await ctx.get(UsersCsvExport).chunks(actor, filters)) text += chunk;
        return text;
      };
      const text = await file(manager, { orgUnitId: unit.id });
      expect(text.startsWith('\uFEFFfull_name,email,phone,org_unit_code,audience,position,org_unit_name,roles,status,created_at\r\n')).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(4);
      const lineOf = (start: string) => lines.find((line) => line.startsWith(start));
      expect(lineOf(`'@Nguyễn,`)).toContain(',Xã Xuất Tệp,LEARNER,ACTIVE,');
      expect(lineOf('"Đặng, ""Văn"" Bình",')).toBeDefined();
      expect(lineOf(`"'=HYPERLINK(""http://x"")",`)).toBeDefined();
      expect(await file(manager, { orgUnitId: elsewhere.id })).toBe(`\uFEFF${USER_EXPORT_COLUMNS.join(',')}\r\n`);
      const learner = (await createTestUser(db)).actor;
      expect(await failure(ctx.get(UsersCsvExport).chunks(learner, {}))).toMatchObject({ code: 'FORBIDDEN' });

      const many = await createTestOrgUnit(db, { parent: district });
      for (let i = 0; i < 7; i += 1) await createTestUser(db, { orgUnitId: many.id, fullName: `Người ${i}` });
      const batches: string[][] = [];
      for await (const batch of users.searchAll(admin, { orgUnitId: many.id }, 3)) batches.push(batch.map((user) => user.fullName));
      expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
      expect(batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Người ${i}`));
    });
  });
});
