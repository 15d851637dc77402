import type { Role } from '@hocso/contracts';
import { assertAdminOrManager, canManageOrgPath } from '../access/access-policy';
import { type Actor, isAdmin, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';

/** Who may do what with people's accounts: the one place these rules are written. */

/** What others can do to a person's account (people edit their own name, phone and position themselves). */
export const USER_ACTIONS = ['EDIT_DETAILS', 'EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'DEACTIVATE', 'REACTIVATE', 'SEND_PASSWORD_RESET'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** What the rules need to know of the account acted on. */
export interface ManagedAccount {
  userId: string;
  orgUnitPath: string | null;
  /** Whether the account holds the ADMIN role: unit managers never act on an administrator's account. */
  holdsAdmin: boolean;
  deactivated: boolean;
}

/** A role the account holds, with the path of the unit a UNIT_MANAGER grant is scoped to. */
export interface HeldGrant {
  role: Role;
  orgUnitPath: string | null;
}

/**
 * Administrators act on anyone's account; unit managers on the accounts of people of their subtree, except
 * administrators' (a manager could otherwise lock out or rename the people above them).
 */
export function canManageAccount(actor: Actor | undefined, account: ManagedAccount): actor is Actor {
  if (actor === undefined) return false;
  if (isAdmin(actor)) return true;
  return !account.holdsAdmin && canManageOrgPath(actor, account.orgUnitPath);
}

export function assertCanManageAccount(actor: Actor, account: ManagedAccount): void {
  assertAdminOrManager(actor);
  if (!canManageAccount(actor, account)) throw DomainError.forbidden('access.outsideManagedUnits');
}

/** Administrators, and unit managers for the people of their subtree, look after a person in the unit with this path. */
export function canEditMembership(actor: Actor | undefined, personOrgUnitPath: string | null): actor is Actor {
  return actor !== undefined && canManageOrgPath(actor, personOrgUnitPath);
}

/** Where an account may be placed: anywhere (or in no unit) for administrators, their subtree for unit managers. */
export function assertCanPlaceIn(actor: Actor, orgUnitPath: string | null): void {
  if (!canManageOrgPath(actor, orgUnitPath)) throw DomainError.forbidden('access.outsideManagedUnits');
}

/** Nobody deactivates their own account (an administrator would lock the last door behind them). */
export function canDeactivate(actor: Actor | undefined, account: ManagedAccount): actor is Actor {
  return canManageAccount(actor, account) && account.userId !== actor.userId && !account.deactivated;
}

export function canReactivate(actor: Actor | undefined, account: ManagedAccount): actor is Actor {
  return canManageAccount(actor, account) && account.deactivated;
}

/** Administrators, and unit managers for the people of their subtree, send a person a password reset; never to a deactivated account. */
export function canSendPasswordReset(actor: Actor | undefined, account: ManagedAccount): actor is Actor {
  return canManageAccount(actor, account) && !account.deactivated;
}

export function assertCanSendPasswordReset(actor: Actor, account: ManagedAccount): void {
  assertCanManageAccount(actor, account);
  if (account.deactivated) throw DomainError.conflict('users.alreadyDeactivated');
}

/**
 * The roles the actor may give this person. Everyone is a LEARNER already, so LEARNER is never offered.
 * Administrators give TRAINER, UNIT_MANAGER and ADMIN; unit managers only UNIT_MANAGER, on units of their subtree.
 */
export function grantableRoles(actor: Actor | undefined, account: ManagedAccount): Role[] {
  if (!canManageAccount(actor, account) || account.deactivated) return [];
  return isAdmin(actor) ? ['TRAINER', 'UNIT_MANAGER', 'ADMIN'] : ['UNIT_MANAGER'];
}

/** Whether the actor may grant `role` scoped to the unit with this path (null for global roles). */
export function canGrantRole(actor: Actor, account: ManagedAccount, role: Role, scopePath: string | null): boolean {
  if (!grantableRoles(actor, account).includes(role)) return false;
  return role !== 'UNIT_MANAGER' || isAdmin(actor) || (scopePath !== null && canManageOrgPath(actor, scopePath));
}

export function assertCanGrantRole(actor: Actor, account: ManagedAccount, role: Role, scopePath: string | null): void {
  assertCanManageAccount(actor, account);
  if (!canGrantRole(actor, account, role, scopePath)) throw DomainError.forbidden('users.roleNotGrantable', { role });
}

/**
 * Whether the actor may take this grant away. LEARNER is what every account is and is never revoked; an
 * administrator keeps their own ADMIN role; a unit manager revokes UNIT_MANAGER grants inside their subtree,
 * never their own.
 */
export function canRevokeGrant(actor: Actor | undefined, account: ManagedAccount, grant: HeldGrant): boolean {
  if (grant.role === 'LEARNER' || !canManageAccount(actor, account)) return false;
  if (isAdmin(actor)) return !(grant.role === 'ADMIN' && account.userId === actor.userId);
  return (
    grant.role === 'UNIT_MANAGER' &&
    account.userId !== actor.userId &&
    grant.orgUnitPath !== null &&
    managedPaths(actor).some((root) => (grant.orgUnitPath as string).startsWith(root))
  );
}

export function assertCanRevokeGrant(actor: Actor, account: ManagedAccount, grant: HeldGrant): void {
  assertCanManageAccount(actor, account);
  if (grant.role === 'ADMIN' && account.userId === actor.userId) throw DomainError.conflict('users.cannotRemoveOwnAdminRole');
  if (!canRevokeGrant(actor, account, grant)) throw DomainError.forbidden('users.roleNotRevocable', { role: grant.role });
}

/** Everything the actor may do to this account, in the order of USER_ACTIONS. */
export function allowedUserActions(actor: Actor | undefined, account: ManagedAccount, grants: readonly HeldGrant[]): UserAction[] {
  const manages = canManageAccount(actor, account);
  const may: Record<UserAction, boolean> = {
    EDIT_DETAILS: manages && !account.deactivated,
    EDIT_MEMBERSHIP: manages && !account.deactivated,
    MANAGE_ROLES: grantableRoles(actor, account).length > 0 || grants.some((grant) => canRevokeGrant(actor, account, grant)),
    DEACTIVATE: canDeactivate(actor, account),
    REACTIVATE: canReactivate(actor, account),
    SEND_PASSWORD_RESET: canSendPasswordReset(actor, account),
  };
  return USER_ACTIONS.filter((action) => may[action]);
}

/** What one can do on the list of people as a whole (the users page), beside what each account allows. */
export const PEOPLE_LIST_ACTIONS = ['CREATE', 'EXPORT'] as const;
export type PeopleListAction = (typeof PEOPLE_LIST_ACTIONS)[number];

/** Whoever may list people (administrators, unit managers) creates them in their reach and exports the list. */
export function allowedPeopleListActions(actor: Actor | undefined): PeopleListAction[] {
  return actor !== undefined && (isAdmin(actor) || managedPaths(actor).length > 0) ? [...PEOPLE_LIST_ACTIONS] : [];
}
