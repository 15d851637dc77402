import { assertAdmin } from '../access/access-policy';
import { type Actor, isAdmin } from '../access/actor';

/** Who may do what with the org tree: the one place these rules are written. */

/** Everything one can do to an org unit; CREATE_CHILD at the top of the tree creates a top-level unit. */
export const ORG_UNIT_ACTIONS = ['CREATE_CHILD', 'RENAME', 'MOVE', 'DELETE'] as const;
export type OrgUnitAction = (typeof ORG_UNIT_ACTIONS)[number];

/** Administrators shape the tree (create, rename, move, delete units); unit managers place people in it, nothing more. */
export function canChangeOrgTree(actor: Actor | undefined): actor is Actor {
  return actor !== undefined && isAdmin(actor);
}

export function assertCanChangeOrgTree(actor: Actor): void {
  assertAdmin(actor);
}

/** What the actor may do to any unit of the tree. */
export function allowedOrgUnitActions(actor: Actor | undefined): OrgUnitAction[] {
  return canChangeOrgTree(actor) ? [...ORG_UNIT_ACTIONS] : [];
}

/** What the actor may do at the top of the tree, above its roots: create a top-level unit. */
export function allowedOrgTreeActions(actor: Actor | undefined): OrgUnitAction[] {
  return canChangeOrgTree(actor) ? ['CREATE_CHILD'] : [];
}
