import type { DataSource } from 'typeorm';
import { createPublishedCourse } from '../compliance/test-support/compliance-world';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CohortCandidatesService } from './cohort-candidates.service';
import { CohortMembershipService } from './cohort-membership.service';
import { CohortService } from './cohort.service';
import { CohortsModule } from './cohorts.module';

describe('finding people to add to a cohort (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([CohortsModule]);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  it('finds, accents aside, only active people of the cohort’s unit subtree, for its owner and administrators only', async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db);
    const marker = `Tìm${Date.now().toString(36)}`;
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false });
    const otherTrainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }], withPassword: false });
    const inside = await createTestUser(db, { withPassword: false, orgUnitId: commune.id, fullName: `Nguyễn Văn ${marker}`, audience: 'VILLAGE_HEAD' });
    const member = await createTestUser(db, { withPassword: false, orgUnitId: district.id, fullName: `Lê Thị ${marker}` });
    const gone = await createTestUser(db, { withPassword: false, orgUnitId: commune.id, fullName: `Trần Văn ${marker}` });
    await db.query('UPDATE app_user SET deactivated_at = now() WHERE id = $1', [gone.id]);
    await createTestUser(db, { withPassword: false, orgUnitId: elsewhere.id, fullName: `Phạm Văn ${marker}` });
    const cohorts = ctx.get(CohortService);
    const { cohort } = await cohorts.create(trainer.actor, { name: 'Trưởng ấp huyện', orgUnitId: district.id, courseId: await createPublishedCourse(db, 1), startsOn: '2026-12-07' });
    await ctx.get(CohortMembershipService).add(trainer.actor, cohort.id, { userIds: [member.id] });
    const candidates = ctx.get(CohortCandidatesService);

    const found = await candidates.search(trainer.actor, cohort.id, marker.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
    expect(found.map(({ fullName, member: isMember, audience }) => ({ fullName, isMember, audience }))).toEqual([
      { fullName: `Lê Thị ${marker}`, isMember: true, audience: 'CITIZEN' },
      { fullName: `Nguyễn Văn ${marker}`, isMember: false, audience: 'VILLAGE_HEAD' },
    ]);
    expect(await candidates.search(trainer.actor, cohort.id, `nguyen ${marker}`)).toEqual([expect.objectContaining({ userId: inside.id, orgUnitName: expect.any(String) })]);
    expect(await candidates.search(trainer.actor, cohort.id, '%%')).toEqual([]);
    expect(await failure(candidates.search(trainer.actor, cohort.id, ' a '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: 'cohorts.searchLength' });
    expect(await failure(candidates.search(otherTrainer.actor, cohort.id, marker))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
