import { createTestOrgUnit, createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mustSucceed, signIn } from '../test-support/session';
import { startTestApi, type TestApi } from '../test-support/test-api';

const UNIT_ACTIONS = 'query ($id: ID!) { orgUnit(id: $id) { allowedActions children { allowedActions } } orgTreeActions }';
const USER_ACTIONS = 'query ($id: ID!) { user(id: $id) { allowedActions } }';
const ROLE_CHOICES = 'query ($id: ID!) { user(id: $id) { grantableRoles roleGrants { role revocable } } }';
const EVERYTHING = ['EDIT_DETAILS', 'EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'DEACTIVATE', 'SEND_PASSWORD_RESET'];

/** What the admin screens offer on org units and people is what the server lets the caller do, and no more. */
describe('allowed actions on the org tree and on people, over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let district: { id: string; path: string };
  let commune: { id: string; path: string };
  let person: { id: string };
  let outsider: { id: string };
  let adminToken: string;
  let managerToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    person = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: commune.id });
    outsider = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: elsewhere.id });
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const manager = await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    adminToken = (await signIn(api, admin.email)).accessToken;
    managerToken = (await signIn(api, manager.email)).accessToken;
  });
  afterAll(() => api.close());

  it('offers the tree changes to administrators only: a unit manager is offered none, and is refused them', async () => {
    const asAdmin = await mustSucceed<{ orgUnit: { allowedActions: string[]; children: Array<{ allowedActions: string[] }> }; orgTreeActions: string[] }>(
      api,
      UNIT_ACTIONS,
      { id: district.id },
      adminToken,
    );
    expect(asAdmin.orgUnit.allowedActions).toEqual(['CREATE_CHILD', 'RENAME', 'MOVE', 'DELETE']);
    expect(asAdmin.orgUnit.children.map((child) => child.allowedActions)).toEqual([['CREATE_CHILD', 'RENAME', 'MOVE', 'DELETE']]);
    expect(asAdmin.orgTreeActions).toEqual(['CREATE_CHILD']);

    const asManager = await mustSucceed<typeof asAdmin>(api, UNIT_ACTIONS, { id: district.id }, managerToken);
    expect(asManager).toEqual({ orgUnit: { allowedActions: [], children: [{ allowedActions: [] }] }, orgTreeActions: [] });
    const anonymous = await mustSucceed<typeof asAdmin>(api, UNIT_ACTIONS, { id: district.id });
    expect(anonymous).toEqual(asManager);

    const refusals = await Promise.all([
      api.gql('mutation ($id: ID!) { renameOrgUnit(id: $id, name: "Huyện đổi tên") { id } }', { id: commune.id }, managerToken),
      api.gql('mutation ($id: ID!) { deleteOrgUnit(id: $id) }', { id: commune.id }, managerToken),
      api.gql('mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { code: 'QL-MOI', kind: 'HAMLET', name: 'Ấp mới', parentId: commune.id } }, managerToken),
    ]);
    expect(refusals.map((response) => response.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it("offers a unit manager their subtree's people, with UNIT_MANAGER as the only role to grant; LEARNER is never revocable", async () => {
    await expect(mustSucceed(api, USER_ACTIONS, { id: person.id }, adminToken)).resolves.toEqual({ user: { allowedActions: EVERYTHING } });
    await expect(mustSucceed(api, USER_ACTIONS, { id: person.id }, managerToken)).resolves.toEqual({ user: { allowedActions: EVERYTHING } });
    await expect(mustSucceed(api, USER_ACTIONS, { id: outsider.id }, adminToken)).resolves.toEqual({ user: { allowedActions: EVERYTHING } });
    await expect(mustSucceed(api, ROLE_CHOICES, { id: person.id }, adminToken)).resolves.toEqual({
      user: { grantableRoles: ['TRAINER', 'UNIT_MANAGER', 'ADMIN'], roleGrants: [{ role: 'LEARNER', revocable: false }] },
    });
    await expect(mustSucceed(api, ROLE_CHOICES, { id: person.id }, managerToken)).resolves.toEqual({
      user: { grantableRoles: ['UNIT_MANAGER'], roleGrants: [{ role: 'LEARNER', revocable: false }] },
    });
    const listed = await mustSucceed<{ users: { edges: Array<{ node: { id: string; allowedActions: string[] } }> } }>(
      api,
      'query ($unit: ID) { users(orgUnitId: $unit, first: 100) { edges { node { id allowedActions } } } }',
      { unit: commune.id },
      managerToken,
    );
    expect(listed.users.edges.find((edge) => edge.node.id === person.id)?.node.allowedActions).toEqual(EVERYTHING);

    const membership = await api.gql(
      'mutation ($id: ID!) { updateUserMembership(userId: $id, input: { audience: LEADER }) { audience } }',
      { id: person.id },
      managerToken,
    );
    expect(membership.data).toEqual({ updateUserMembership: { audience: 'LEADER' } });
    const refused = await Promise.all(
      ['TRAINER', 'ADMIN'].map((role) => api.gql('mutation ($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id } }', { id: person.id, role }, managerToken)),
    );
    expect(refused.map((response) => response.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    await expect(mustSucceed(api, '{ peopleListActions }', {}, managerToken)).resolves.toEqual({ peopleListActions: ['CREATE', 'EXPORT'] });
    await expect(mustSucceed(api, '{ peopleListActions }', {}, (await signIn(api, (await createTestUser(db)).email)).accessToken)).resolves.toEqual({ peopleListActions: [] });
    const revokeLearner = await api.gql('mutation ($id: ID!) { revokeRole(userId: $id, role: LEARNER) { id } }', { id: person.id }, adminToken);
    expect(revokeLearner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const granted = await mustSucceed<{ grantRole: unknown }>(
      api,
      'mutation ($id: ID!, $unit: ID!) { grantRole(userId: $id, role: UNIT_MANAGER, orgUnitId: $unit) { roleGrants { role revocable } } }',
      { id: person.id, unit: commune.id },
      managerToken,
    );
    expect(granted.grantRole).toEqual({ roleGrants: [{ role: 'LEARNER', revocable: false }, { role: 'UNIT_MANAGER', revocable: true }] });
  });
});
