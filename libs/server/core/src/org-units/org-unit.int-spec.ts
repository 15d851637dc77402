import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { OrgUnitService } from './org-unit.service';
import { OrgUnitsModule } from './org-units.module';

describe('OrgUnitService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let units: OrgUnitService;
  let db: DataSource;
  let admin: Actor;
  let learner: Actor;

  beforeAll(async () => {
    ctx = await createTestingContext([OrgUnitsModule]);
    units = ctx.get(OrgUnitService);
    db = ctx.dataSource;
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    learner = (await createTestUser(db)).actor;
  });
  afterAll(() => ctx.close());

  const code = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

  it('creates units with any kind (kinds are data) and a materialised path', async () => {
    const province = await units.create(admin, { code: code('p'), name: 'Tỉnh Thử', kind: 'PROVINCE' });
    const ward = await units.create(admin, { code: code('w'), name: ' Phường  Mới ', kind: 'special_ward', parentId: province.id });
    expect(ward.kind).toBe('SPECIAL_WARD');
    expect(ward.name).toBe('Phường Mới');
    expect(ward.path).toBe(`${province.path}${ward.id}/`);
    expect((await units.pathOf(ward)).map((u) => u.id)).toEqual([province.id, ward.id]);
  });

  it('refuses a duplicate code with CONFLICT and a bad one with BAD_USER_INPUT', async () => {
    const taken = code('dup');
    await units.create(admin, { code: taken, name: 'Một', kind: 'DISTRICT' });
    expect(await failure(units.create(admin, { code: taken, name: 'Hai', kind: 'DISTRICT' }))).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(await failure(units.create(admin, { code: 'has space', name: 'Ba', kind: 'DISTRICT' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
  });

  it('lets only administrators change the tree', async () => {
    expect(await failure(units.create(learner, { code: code('x'), name: 'X', kind: 'DISTRICT' }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('moves a whole subtree, rewriting every descendant path, and refuses a move under itself', async () => {
    const a = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const b = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: a });
    const hamlet = await createTestOrgUnit(db, { parent: commune, kind: 'HAMLET' });
    await units.move(admin, commune.id, b.id);
    const [moved] = await db.query('SELECT path, parent_id FROM org_unit WHERE id = $1', [hamlet.id]);
    expect(moved.path).toBe(`${b.path}${commune.id}/${hamlet.id}/`);
    expect(await failure(units.move(admin, commune.id, hamlet.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const roots = await units.move(admin, commune.id, null);
    expect(roots.parentId).toBeNull();
    expect(roots.path).toBe(`/${commune.id}/`);
  });

  it('refuses to delete a unit with children or people, and deletes an empty one', async () => {
    const parent = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const child = await createTestOrgUnit(db, { parent });
    const withChildren = await failure(units.delete(admin, parent.id));
    expect(withChildren).toMatchObject({ code: 'CONFLICT', reason: 'orgUnits.notEmpty', params: { name: expect.any(String), children: 1, members: 0 } });
    await createTestUser(db, { orgUnitId: child.id });
    expect(await failure(units.delete(admin, child.id))).toMatchObject({ reason: 'orgUnits.notEmpty', params: { children: 0, members: 1 } });
    const empty = await createTestOrgUnit(db);
    await units.delete(admin, empty.id);
    expect(await units.findById(empty.id)).toBeNull();
    expect(await failure(units.delete(admin, empty.id))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
