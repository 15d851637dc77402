import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { loadActor } from '../auth/load-actor';
import { ComplianceReportService } from '../compliance/compliance-report.service';
import { ComplianceModule } from '../compliance/compliance.module';
import { completeCourse, createComplianceWorld, createPublishedCourse, type ComplianceWorld } from '../compliance/test-support/compliance-world';
import { TrainingRequirementService } from '../compliance/training-requirement.service';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionsModule } from './live-sessions.module';

describe('hours of attended live sessions in training requirements (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let world: ComplianceWorld;

  beforeAll(async () => {
    ctx = await createTestingContext([ComplianceModule, LiveSessionsModule]);
    db = ctx.dataSource;
    world = await createComplianceWorld(db);
  });
  afterAll(() => ctx.close());

  it('counts the hours credited by a session attended with the completed courses’ hours', async () => {
    const requirement = await ctx.get(TrainingRequirementService).create(world.admin, { title: '6 giờ', orgUnitId: world.c2.id, hours: 6, dueAt: new Date(Date.now() + 86_400_000) });
    const report = () => ctx.get(ComplianceReportService).report(world.admin, requirement.requirement.id, world.c2.id);
    await completeCourse(db, world.people.b1, await createPublishedCourse(db, 4));
    expect((await report()).total).toMatchObject({ required: 1, completed: 0 });

    const trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false })).actor;
    const b1 = (await loadActor(db, world.people.b1)) as Actor;
    const { session } = await ctx.get(LiveSessionService).create(trainer, {
      kind: 'WORKSHOP',
      title: 'Hội thảo chuyển đổi số',
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
      place: 'Xã B',
      capacity: 50,
      creditedHours: 2,
    });
    await ctx.get(LiveSessionRegistrationService).register(b1, session.id);
    const checkIns = ctx.get(LiveSessionCheckInService);
    await checkIns.checkIn(b1, session.id, (await checkIns.currentCode(trainer, session.id)).code);
    expect((await report()).total).toMatchObject({ required: 1, completed: 1 });
  });
});
