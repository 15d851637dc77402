import { DomainError } from '../errors/domain.error';
import { type Actor, isAdmin, managedPaths } from './actor';

/** Whether the actor may manage people in the org unit with this materialised path. */
export function canManageOrgPath(actor: Actor, orgUnitPath: string | null): boolean {
  if (isAdmin(actor)) return true;
  if (orgUnitPath === null) return false;
  return managedPaths(actor).some((root) => orgUnitPath.startsWith(root));
}

export function assertCanManageOrgPath(actor: Actor, orgUnitPath: string | null): void {
  if (!canManageOrgPath(actor, orgUnitPath)) {
    throw DomainError.forbidden('access.outsideManagedUnits');
  }
}

export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw DomainError.forbidden('access.adminOnly');
}

export function assertAdminOrManager(actor: Actor): void {
  if (!isAdmin(actor) && managedPaths(actor).length === 0) {
    throw DomainError.forbidden('access.adminOrManagerOnly');
  }
}
