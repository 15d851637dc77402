import { completeCourse, createComplianceWorld, createPublishedCourse, createTestUser, type ComplianceWorld } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { statementCounter } from '../test-support/statement-counter';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CREATE = 'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id title hours dueAt assignedCount audiences orgUnit { id } course { id } track { code } } }';
const REPORT = `query ($req: ID, $unit: ID) { complianceReport(requirementId: $req, orgUnitId: $unit) {
  total { orgUnit { id } required completed overdue rate } rows { orgUnit { id name } required completed overdue rate } } }`;

describe('compliance over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let world: ComplianceWorld;
  let admin: string;
  let manager: string;
  let courseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    world = await createComplianceWorld(db);
    const adminUser = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const managerUser = await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: world.d1.id }] });
    admin = await signIn(api, adminUser.email);
    manager = await signIn(api, managerUser.email);
    courseId = await createPublishedCourse(db, 2);
    await completeCourse(db, world.people.a1, courseId);
  });
  afterAll(() => api.close());

  const future = new Date(Date.now() + 30 * 86_400_000).toISOString();

  it('creates a requirement, lists it, and reports its units with one report query, none per unit', async () => {
    const created = await api.gql<{ createTrainingRequirement: { id: string } }>(
      CREATE,
      { input: { title: 'Kỹ năng số cho công chức', orgUnitId: world.d1.id, audiences: ['OFFICIAL'], courseId, dueAt: future } },
      manager,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTrainingRequirement).toMatchObject({ title: 'Kỹ năng số cho công chức', hours: null, assignedCount: 3, audiences: ['OFFICIAL'], orgUnit: { id: world.d1.id }, course: { id: courseId }, track: null });
    const id = created.data?.createTrainingRequirement.id as string;
    const listed = await api.gql<{ trainingRequirements: Array<{ id: string }> }>('{ trainingRequirements { id } }', {}, manager);
    expect(listed.data?.trainingRequirements.map((requirement) => requirement.id)).toContain(id);

    const counter = statementCounter(db);
    counter.reset();
    const report = await api.gql(REPORT, { req: id, unit: world.d1.id }, manager);
    const statements = counter.count();
    counter.stop();
    expect(report.errors).toBeUndefined();
    expect(report.data).toEqual({
      complianceReport: {
        total: { orgUnit: { id: world.d1.id }, required: 3, completed: 1, overdue: 0, rate: 1 / 3 },
        rows: [
          { orgUnit: { id: world.c1.id, name: 'Xã A' }, required: 2, completed: 1, overdue: 0, rate: 0.5 },
          { orgUnit: { id: world.c2.id, name: 'Xã B' }, required: 1, completed: 0, overdue: 0, rate: 0 },
        ],
      },
    });
    // The session, the unit asked for, the requirement, the report, and the org units of the rows (one batch).
    expect(statements).toBeLessThanOrEqual(5);
  });

  it('refuses bad input with the field, in the reader\'s language, and a unit manager outside their subtree', async () => {
    const input = { title: 'Sai', orgUnitId: world.d1.id, dueAt: future };
    const none = await api.gql(CREATE, { input }, admin);
    expect(none.errors?.[0]).toMatchObject({ message: 'Hãy chọn đúng một trong: một khóa học, một lộ trình hoặc một số giờ học', extensions: { code: 'BAD_USER_INPUT', field: 'courseId' } });
    const two = await api.gql(CREATE, { input: { ...input, courseId, hours: 2 } }, admin, 'en');
    expect(two.errors?.[0]).toMatchObject({ message: 'Choose only one of a course, a track or a number of study hours (got courseId, hours)', extensions: { field: 'hours' } });
    const outside = await api.gql(CREATE, { input: { ...input, orgUnitId: world.province.id, hours: 2 } }, manager);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
    const report = await api.gql(REPORT, { unit: world.d2.id }, manager);
    expect(report.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await api.gql(REPORT, { unit: world.d1.id });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('appoints an expert who is a member of the unit, and refuses one who is not', async () => {
    const SET = 'mutation ($unit: ID!, $user: ID!) { setUnitExpert(orgUnitId: $unit, userId: $user) { id } }';
    const refused = await api.gql(SET, { unit: world.c2.id, user: world.people.a1 }, manager);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Chuyên gia chuyển đổi số phải là thành viên của đơn vị này', extensions: { code: 'BAD_USER_INPUT', field: 'userId' } });
    expect((await api.gql(SET, { unit: world.c2.id, user: world.people.b1 }, manager)).data).toEqual({ setUnitExpert: { id: world.c2.id } });
    const without = await api.gql<{ unitsWithoutExpert: Array<{ id: string }> }>('{ unitsWithoutExpert(kind: "COMMUNE") { id } }', {}, manager);
    expect(without.data?.unitsWithoutExpert.map((unit) => unit.id)).toEqual([world.c1.id]);
  });
});
