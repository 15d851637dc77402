import type { Actor } from '../access/actor';
import { allowedOrgTreeActions, allowedOrgUnitActions } from './org-unit-access';

const admin: Actor = { userId: 'a', grants: [{ role: 'ADMIN', orgUnitId: null, orgUnitPath: null }] };
const manager: Actor = { userId: 'm', grants: [{ role: 'UNIT_MANAGER', orgUnitId: 'd', orgUnitPath: '/p/d/' }] };

describe('org tree access rules', () => {
  it('lets administrators alone change the tree, at its top and on every unit', () => {
    expect(allowedOrgUnitActions(admin)).toEqual(['CREATE_CHILD', 'RENAME', 'MOVE', 'DELETE']);
    expect(allowedOrgTreeActions(admin)).toEqual(['CREATE_CHILD']);
    expect(allowedOrgUnitActions(manager)).toEqual([]);
    expect(allowedOrgTreeActions(manager)).toEqual([]);
    expect(allowedOrgUnitActions(undefined)).toEqual([]);
  });
});
