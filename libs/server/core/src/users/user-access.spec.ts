import type { Actor } from '../access/actor';
import { allowedUserActions, canRevokeGrant, grantableRoles, type ManagedAccount } from './user-access';

const admin: Actor = { userId: 'a', grants: [{ role: 'ADMIN', orgUnitId: null, orgUnitPath: null }] };
const manager: Actor = { userId: 'm', grants: [{ role: 'UNIT_MANAGER', orgUnitId: 'd', orgUnitPath: '/p/d/' }] };
const trainer: Actor = { userId: 't', grants: [{ role: 'TRAINER', orgUnitId: null, orgUnitPath: null }] };

const account = (overrides: Partial<ManagedAccount> = {}): ManagedAccount => ({
  userId: 'x',
  orgUnitPath: '/p/d/c/',
  holdsAdmin: false,
  deactivated: false,
  ...overrides,
});
const learnerGrant = { role: 'LEARNER' as const, orgUnitPath: null };

describe('access rules on people', () => {
  it('lets a unit manager look after the people of their subtree, and administrators anyone', () => {
    expect(allowedUserActions(admin, account({ orgUnitPath: null }), [learnerGrant])).toEqual(['EDIT_DETAILS', 'EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'DEACTIVATE', 'SEND_PASSWORD_RESET']);
    expect(allowedUserActions(manager, account(), [learnerGrant])).toEqual(['EDIT_DETAILS', 'EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'DEACTIVATE', 'SEND_PASSWORD_RESET']);
    expect(allowedUserActions(manager, account({ orgUnitPath: '/p/e/' }), [learnerGrant])).toEqual([]);
    expect(allowedUserActions(manager, account({ orgUnitPath: null }), [learnerGrant])).toEqual([]);
    expect(allowedUserActions(manager, account({ holdsAdmin: true }), [learnerGrant])).toEqual([]);
    expect(allowedUserActions(trainer, account(), [learnerGrant])).toEqual([]);
    expect(allowedUserActions(undefined, account(), [learnerGrant])).toEqual([]);
  });

  it('offers reactivation, and nothing else but roles to take away, on a deactivated account; never deactivating oneself', () => {
    const managerGrant = { role: 'UNIT_MANAGER' as const, orgUnitPath: '/p/d/c/' };
    expect(allowedUserActions(admin, account({ deactivated: true }), [learnerGrant])).toEqual(['REACTIVATE']);
    expect(allowedUserActions(admin, account({ deactivated: true }), [learnerGrant, managerGrant])).toEqual(['MANAGE_ROLES', 'REACTIVATE']);
    expect(allowedUserActions(admin, account({ userId: 'a', holdsAdmin: true }), [learnerGrant])).not.toContain('DEACTIVATE');
  });

  it('never offers LEARNER, offers ADMIN and TRAINER to administrators only', () => {
    expect(grantableRoles(admin, account())).toEqual(['TRAINER', 'UNIT_MANAGER', 'ADMIN']);
    expect(grantableRoles(manager, account())).toEqual(['UNIT_MANAGER']);
    expect(grantableRoles(manager, account({ orgUnitPath: '/p/e/' }))).toEqual([]);
    expect(grantableRoles(trainer, account())).toEqual([]);
  });

  it('never revokes LEARNER; a unit manager revokes UNIT_MANAGER grants inside their subtree, not their own', () => {
    expect(canRevokeGrant(admin, account(), learnerGrant)).toBe(false);
    expect(canRevokeGrant(admin, account(), { role: 'TRAINER', orgUnitPath: null })).toBe(true);
    expect(canRevokeGrant(admin, account({ userId: 'a' }), { role: 'ADMIN', orgUnitPath: null })).toBe(false);
    expect(canRevokeGrant(manager, account(), { role: 'UNIT_MANAGER', orgUnitPath: '/p/d/c/' })).toBe(true);
    expect(canRevokeGrant(manager, account(), { role: 'UNIT_MANAGER', orgUnitPath: '/p/e/' })).toBe(false);
    expect(canRevokeGrant(manager, account(), { role: 'TRAINER', orgUnitPath: null })).toBe(false);
    expect(canRevokeGrant(manager, account({ userId: 'm', orgUnitPath: '/p/d/' }), { role: 'UNIT_MANAGER', orgUnitPath: '/p/d/' })).toBe(false);
  });
});
