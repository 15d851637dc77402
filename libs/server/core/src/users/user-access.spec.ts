import type { Actor } from '../access/actor';
import { allowedUserActions } from './user-access';

const admin: Actor = { userId: 'a', grants: [{ role: 'ADMIN', orgUnitId: null, orgUnitPath: null }] };
const manager: Actor = { userId: 'm', grants: [{ role: 'UNIT_MANAGER', orgUnitId: 'd', orgUnitPath: '/p/d/' }] };
const trainer: Actor = { userId: 't', grants: [{ role: 'TRAINER', orgUnitId: null, orgUnitPath: null }] };

describe('access rules on people', () => {
  it("lets a unit manager place the people of their subtree, and administrators place anyone and manage roles", () => {
    expect(allowedUserActions(admin, null)).toEqual(['EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'SEND_PASSWORD_RESET']);
    expect(allowedUserActions(manager, '/p/d/c/')).toEqual(['EDIT_MEMBERSHIP', 'SEND_PASSWORD_RESET']);
    expect(allowedUserActions(manager, '/p/e/')).toEqual([]);
    expect(allowedUserActions(manager, null)).toEqual([]);
    expect(allowedUserActions(trainer, '/p/d/')).toEqual([]);
    expect(allowedUserActions(undefined, '/p/d/')).toEqual([]);
  });
});
