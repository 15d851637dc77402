import { createComplianceWorld, createPublishedCourse, createTestUser, type ComplianceWorld } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const PEOPLE = `query ($unit: ID!, $req: ID, $first: Int, $offset: Int) { compliancePeople(orgUnitId: $unit, requirementId: $req, first: $first, offset: $offset) {
  totalCount items { userId fullName state dueAt baseDueAt extended completedAt exemptionReason allowedActions orgUnit { id } } } }`;
const EXEMPT = 'mutation ($input: RequirementExemptionInput!) { exemptFromRequirement(input: $input) { state exemptionReason } }';
const EXTEND = 'mutation ($input: RequirementExtensionInput!) { extendRequirementDueDate(input: $input) { state dueAt extended } }';
const MINE = '{ myTrainingRequirements { requirementId title state dueAt hours audience coveredThrough { id name } course { id title } track { code } } }';

const DAY = 86_400_000;

describe('exemptions, extensions, the people of a unit and one\'s own requirements over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let world: ComplianceWorld;
  let manager: string;
  let official: { id: string; token: string };
  let requirementId: string;
  let courseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    world = await createComplianceWorld(db);
    manager = await signIn(api, (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: world.d1.id }] })).email);
    const person = await createTestUser(db, { orgUnitId: world.c1.id, audience: 'OFFICIAL', fullName: 'Trần Thị Công Chức' });
    official = { id: person.id, token: await signIn(api, person.email) };
    courseId = await createPublishedCourse(db, 2);
    const created = await api.gql<{ createTrainingRequirement: { id: string } }>(
      'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }',
      { input: { title: 'An toàn thông tin', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], courseId, dueAt: new Date(Date.now() + 20 * DAY).toISOString() } },
      manager,
    );
    requirementId = created.data?.createTrainingRequirement.id as string;
  });
  afterAll(() => api.close());

  it('drills down to the people of a unit, exempts one and extends another, with the actions each now allows', async () => {
    const before = await api.gql<{ compliancePeople: { totalCount: number; items: Array<{ userId: string; allowedActions: string[] }> } }>(PEOPLE, { unit: world.c1.id, req: requirementId }, manager);
    expect(before.errors).toBeUndefined();
    expect(before.data?.compliancePeople.totalCount).toBe(3); // a1, a2 and the signed-in official
    expect(before.data?.compliancePeople.items.every((item) => item.allowedActions.join() === 'EXEMPT,EXTEND')).toBe(true);

    const exempt = await api.gql(EXEMPT, { input: { requirementId, userId: world.people.a1, reason: 'Nghỉ hưu tháng sau' } }, manager);
    expect(exempt.data).toEqual({ exemptFromRequirement: { state: 'EXEMPT', exemptionReason: 'Nghỉ hưu tháng sau' } });
    const later = new Date(Date.now() + 40 * DAY).toISOString();
    const extend = await api.gql(EXTEND, { input: { requirementId, userId: official.id, reason: 'Đi học dài hạn', dueAt: later } }, manager);
    expect(extend.data).toEqual({ extendRequirementDueDate: { state: 'NOT_STARTED', dueAt: later, extended: true } });

    const after = await api.gql<{ compliancePeople: { items: Array<{ userId: string; allowedActions: string[]; state: string }> } }>(PEOPLE, { unit: world.c1.id, req: requirementId }, manager);
    const byPerson = new Map(after.data?.compliancePeople.items.map((item) => [item.userId, item]));
    expect(byPerson.get(world.people.a1)?.allowedActions).toEqual(['REMOVE_EXEMPTION']);
    const page = await api.gql<{ compliancePeople: { totalCount: number; items: unknown[] } }>(PEOPLE, { unit: world.c1.id, req: requirementId, first: 2, offset: 2 }, manager);
    expect(page.data?.compliancePeople).toMatchObject({ totalCount: 3, items: [expect.anything()] });
    expect(byPerson.get(official.id)?.allowedActions).toEqual(['EXEMPT', 'EXTEND', 'REMOVE_EXTENSION']);
    const report = await api.gql<{ complianceReport: { total: { required: number } } }>('query ($req: ID, $unit: ID) { complianceReport(requirementId: $req, orgUnitId: $unit) { total { required } } }', { req: requirementId, unit: world.c1.id }, manager);
    expect(report.data?.complianceReport.total.required).toBe(2);

    expect((await api.gql('mutation ($r: ID!, $u: ID!) { removeRequirementExemption(requirementId: $r, userId: $u) }', { r: requirementId, u: world.people.a1 }, manager)).data).toEqual({ removeRequirementExemption: true });
  });

  it('shows a person their requirements with why each applies, and nobody else\'s', async () => {
    const mine = await api.gql(MINE, {}, official.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({
      myTrainingRequirements: [
        expect.objectContaining({ requirementId, title: 'An toàn thông tin', state: 'NOT_STARTED', audience: 'OFFICIAL', hours: null, coveredThrough: { id: world.d1.id, name: 'Huyện Một' }, course: expect.objectContaining({ id: courseId }), track: null }),
      ],
    });
  });

  it('refuses bad input with the field in the reader\'s language, writing nothing', async () => {
    const audits = async () => (await db.query('SELECT count(*)::int AS n FROM requirement_audit WHERE requirement_id = $1', [requirementId]))[0].n as number;
    const before = await audits();
    const noReason = await api.gql(EXEMPT, { input: { requirementId, userId: world.people.a2, reason: ' ' } }, manager);
    expect(noReason.errors?.[0]).toMatchObject({ message: 'Hãy nêu lý do', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const notCovered = await api.gql(EXEMPT, { input: { requirementId, userId: world.people.a3, reason: 'x' } }, manager, 'en');
    expect(notCovered.errors?.[0]).toMatchObject({ message: 'This person is not covered by the training requirement', extensions: { field: 'userId' } });
    const earlier = await api.gql(EXTEND, { input: { requirementId, userId: world.people.a2, reason: 'x', dueAt: new Date(Date.now() + DAY).toISOString() } }, manager);
    expect(earlier.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'dueAt' } });
    expect(earlier.errors?.[0].message).toMatch(/^Hạn gia hạn phải sau hạn hiện tại \(\d\d\/\d\d\/\d{4}\)$/);
    const outside = await api.gql(EXEMPT, { input: { requirementId, userId: world.people.d2, reason: 'x' } }, manager);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
    const learner = await api.gql(PEOPLE, { unit: world.c1.id }, official.token);
    expect(learner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const tooMany = await api.gql(PEOPLE, { unit: world.c1.id, first: 101 }, manager);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ field: 'first' });
    expect(await audits()).toBe(before);
  });
});
