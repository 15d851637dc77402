import type { DataSource } from 'typeorm';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ComplianceModule } from './compliance.module';
import { createComplianceWorld, type ComplianceWorld } from './test-support/compliance-world';
import { UnitExpertService } from './unit-expert.service';

describe('UnitExpertService (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let experts: UnitExpertService;
  let world: ComplianceWorld;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule]);
    db = ctx.dataSource;
    experts = ctx.get(UnitExpertService);
    world = await createComplianceWorld(db);
  });
  afterAll(() => ctx.close());

  const appointed = async () => (await db.query('SELECT count(*)::int AS n FROM unit_expert'))[0].n as number;
  const ids = (units: Array<{ id: string }>) => units.map((unit) => unit.id);

  it('appoints a member of the unit (again: no change), and the unit leaves the list of units without one', async () => {
    expect(ids(await experts.unitsWithout(world.admin, 'commune'))).toEqual(expect.arrayContaining([world.c1.id, world.c2.id]));
    expect((await experts.appoint(world.d1Manager, world.c1.id, world.people.a1)).id).toBe(world.c1.id);
    await experts.appoint(world.admin, world.c1.id, world.people.a1);
    expect((await db.query('SELECT count(*)::int AS n FROM unit_expert WHERE org_unit_id = $1', [world.c1.id]))[0].n).toBe(1);
    const communes = ids(await experts.unitsWithout(world.admin, 'COMMUNE'));
    expect(communes).toContain(world.c2.id);
    expect(communes).not.toContain(world.c1.id);
    expect(ids(await experts.unitsWithout(world.admin, 'DISTRICT'))).not.toContain(world.c2.id);
  });

  it('counts an expert who moved away as no expert, and shows a unit manager only their subtree', async () => {
    const mover = await createTestUser(db, { orgUnitId: world.d2.id, audience: 'OFFICIAL', withPassword: false });
    await experts.appoint(world.admin, world.d2.id, mover.id);
    expect(ids(await experts.unitsWithout(world.admin, null))).not.toContain(world.d2.id);
    await db.query('UPDATE app_user SET org_unit_id = $2 WHERE id = $1', [mover.id, world.province.id]);
    expect(ids(await experts.unitsWithout(world.admin, null))).toContain(world.d2.id);
    const managed = ids(await experts.unitsWithout(world.d1Manager, null));
    expect(managed).toContain(world.c2.id);
    expect(managed).not.toContain(world.d2.id);
  });

  it('refuses an expert who is not a member of the unit, or a unit outside the manager\'s subtree, writing nothing', async () => {
    const before = await appointed();
    expect(await failure(experts.appoint(world.admin, world.c2.id, world.people.a2))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId', reason: 'compliance.expertNotMember' });
    expect(await failure(experts.appoint(world.admin, world.c2.id, 'nope'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(await failure(experts.appoint(world.d1Manager, world.d2.id, world.people.d2))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    expect(await failure(experts.appoint(world.admin, 'nope', world.people.d2))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(experts.appoint(world.learner, world.c2.id, world.people.b1))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(experts.unitsWithout(world.learner, null))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await appointed()).toBe(before);
  });
});
