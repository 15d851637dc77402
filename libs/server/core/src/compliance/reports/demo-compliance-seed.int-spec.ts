import type { DataSource } from 'typeorm';
import { DemoSeedService } from '../../seed/demo-seed.service';
import { SeedModule } from '../../seed/seed.module';
import { createTestUser } from '../../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { ComplianceModule } from '../compliance.module';
import { UnitExpertService } from '../unit-expert.service';
import { LevelReportService } from './level-report.service';

describe('The demo of the plan\'s table (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([SeedModule, ComplianceModule]);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  it('seeds the officials of each level in bulk, once, so the report by level reads the plan\'s figures, and Giồng Trôm and Chợ Lách have no expert', async () => {
    const seed = ctx.get(DemoSeedService);
    const started = Date.now();
    const first = await seed.seed({ demoAccounts: true });
    const seconds = (Date.now() - started) / 1000;
    const second = await seed.seed({ demoAccounts: true });
    expect(second.officialsCreated).toBe(0);
    expect(first.officialsCreated === 0 || seconds < 60).toBe(true);

    const admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false })).actor;
    const [province]: Array<{ id: string }> = await db.query("SELECT id FROM org_unit WHERE code = 'BT'");
    const report = await ctx.get(LevelReportService).report(admin, null, province.id);
    expect(report.rows.map((row) => [row.level.code, row.completed, row.required])).toEqual([
      ['PROVINCE_OFFICIALS', 844, 947],
      ['DISTRICT_OFFICIALS', 776, 836],
      ['PUBLIC_SERVICE_HEADS', 441, 609],
    ]);
    expect(report.total).toEqual({ required: 2392, completed: 2061, rate: 2061 / 2392 });
    expect((report.total.rate as number) * 100).toBeCloseTo(86.2, 1);

    const without = await ctx.get(UnitExpertService).unitsWithout(admin, 'DISTRICT');
    expect(without.filter((unit) => unit.code.startsWith('BT-')).map((unit) => unit.name).sort()).toEqual(['Huyện Chợ Lách', 'Huyện Giồng Trôm']);
    expect(await ctx.get(UnitExpertService).unitsWithout(admin, 'CITY').then((units) => units.filter((unit) => unit.code.startsWith('BT-')))).toEqual([]);
  });
});
