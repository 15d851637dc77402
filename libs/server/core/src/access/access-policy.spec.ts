import { DomainError } from '../errors/domain.error';
import type { Actor } from './actor';
import { assertAdmin, assertAdminOrManager, assertCanManageOrgPath, canManageOrgPath } from './access-policy';

const admin: Actor = { userId: 'a', grants: [{ role: 'ADMIN', orgUnitId: null, orgUnitPath: null }] };
const manager: Actor = { userId: 'm', grants: [{ role: 'UNIT_MANAGER', orgUnitId: 'd', orgUnitPath: '/p/d/' }] };
const trainer: Actor = { userId: 't', grants: [{ role: 'LEARNER', orgUnitId: null, orgUnitPath: null }, { role: 'TRAINER', orgUnitId: null, orgUnitPath: null }] };

function refusal(run: () => void): { code: string; reason: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, reason: error.reason };
  }
}

describe('shared access rules', () => {
  it('lets a unit manager act in their subtree only, and an administrator everywhere', () => {
    expect(canManageOrgPath(manager, '/p/d/')).toBe(true);
    expect(canManageOrgPath(manager, '/p/d/c/')).toBe(true);
    expect(canManageOrgPath(manager, '/p/e/')).toBe(false);
    expect(canManageOrgPath(manager, null)).toBe(false);
    expect(canManageOrgPath(admin, null)).toBe(true);
    expect(canManageOrgPath(trainer, '/p/d/')).toBe(false);
    expect(refusal(() => assertCanManageOrgPath(manager, '/p/e/'))).toEqual({ code: 'FORBIDDEN', reason: 'access.outsideManagedUnits' });
  });

  it('refuses who is not an administrator (or a manager) with a reason key', () => {
    expect(refusal(() => assertAdmin(admin))).toBeNull();
    expect(refusal(() => assertAdmin(manager))).toEqual({ code: 'FORBIDDEN', reason: 'access.adminOnly' });
    expect(refusal(() => assertAdminOrManager(manager))).toBeNull();
    expect(refusal(() => assertAdminOrManager(trainer))).toEqual({ code: 'FORBIDDEN', reason: 'access.adminOrManagerOnly' });
  });
});
