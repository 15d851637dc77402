import { assertAdmin, assertAdminOrManager, assertCanManageOrgPath, canManageOrgPath } from '../access/access-policy';
import { type Actor, isAdmin } from '../access/actor';

/** Who may do what with people's accounts: the one place these rules are written. */

/** What others can do to a person's account (people edit their own name, phone and position themselves). */
export const USER_ACTIONS = ['EDIT_MEMBERSHIP', 'MANAGE_ROLES', 'SEND_PASSWORD_RESET'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** Administrators, and unit managers for the people of their subtree, set a person's unit and audience. */
export function canEditMembership(actor: Actor | undefined, personOrgUnitPath: string | null): actor is Actor {
  return actor !== undefined && canManageOrgPath(actor, personOrgUnitPath);
}

export function assertCanEditMembership(actor: Actor, personOrgUnitPath: string | null): void {
  assertAdminOrManager(actor);
  assertCanManageOrgPath(actor, personOrgUnitPath);
}

/** Only administrators grant and revoke roles. */
export function canManageRoles(actor: Actor | undefined): actor is Actor {
  return actor !== undefined && isAdmin(actor);
}

export function assertCanManageRoles(actor: Actor): void {
  assertAdmin(actor);
}

/** Administrators, and unit managers for the people of their subtree, send a person a password reset. */
export function canSendPasswordReset(actor: Actor | undefined, personOrgUnitPath: string | null): actor is Actor {
  return canEditMembership(actor, personOrgUnitPath);
}

/** Everything the actor may do to the account of a person in the unit with this path, in the order of USER_ACTIONS. */
export function allowedUserActions(actor: Actor | undefined, personOrgUnitPath: string | null): UserAction[] {
  const may: Record<UserAction, boolean> = {
    EDIT_MEMBERSHIP: canEditMembership(actor, personOrgUnitPath),
    MANAGE_ROLES: canManageRoles(actor),
    SEND_PASSWORD_RESET: canSendPasswordReset(actor, personOrgUnitPath),
  };
  return USER_ACTIONS.filter((action) => may[action]);
}
