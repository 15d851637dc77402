import { ERROR_CODES } from '@hocso/contracts';
import { canManageOrgPath } from '../access/access-policy';
import { type Actor, hasRole, isAdmin, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';

/**
 * Who may do what with cohorts: the one place these rules are written. A cohort belongs to an org unit (its
 * members are people of that unit's subtree). Trainers and administrators create one for any unit; a unit's
 * digital-transformation expert for their own unit's subtree. Its owner and administrators add its members;
 * its owner, administrators and the managers of its unit (or of a unit above) see it and its progress.
 */

/** The facts about a cohort its rules need. */
export interface CohortAccessFacts {
  ownerId: string | null;
  orgUnitPath: string;
}

/** `expertPaths`: the paths of the units the actor is an expert of (and still a member of). */
export function canCreateCohortIn(actor: Actor, orgUnitPath: string, expertPaths: readonly string[]): boolean {
  return isAdmin(actor) || hasRole(actor, 'TRAINER') || expertPaths.some((path) => orgUnitPath.startsWith(path));
}

export function assertCanCreateCohortIn(actor: Actor, orgUnitPath: string, expertPaths: readonly string[]): void {
  if (canCreateCohortIn(actor, orgUnitPath, expertPaths)) return;
  if (expertPaths.length > 0) throw new DomainError(ERROR_CODES.forbidden, 'cohorts.outsideExpertUnit', {}, 'orgUnitId');
  throw DomainError.forbidden('cohorts.createForbidden');
}

/** Whether the actor may create a cohort at all (before naming a unit). */
export function mayCreateCohorts(actor: Actor, expertPaths: readonly string[]): boolean {
  return isAdmin(actor) || hasRole(actor, 'TRAINER') || expertPaths.length > 0;
}

export function canSeeCohort(actor: Actor, cohort: CohortAccessFacts): boolean {
  return cohort.ownerId === actor.userId || canManageOrgPath(actor, cohort.orgUnitPath);
}

export function canManageCohort(actor: Actor, cohort: CohortAccessFacts): boolean {
  return cohort.ownerId === actor.userId || isAdmin(actor);
}

/** The cohorts a list shows: null for administrators (all); else their own and those of the units they manage. */
export function cohortVisibility(actor: Actor): { ownerId: string; managedPaths: string[] } | null {
  return isAdmin(actor) ? null : { ownerId: actor.userId, managedPaths: managedPaths(actor) };
}

export type CohortAction = 'ADD_MEMBERS' | 'VIEW_PROGRESS';

/** What the portal may offer on a cohort the actor sees. */
export function allowedCohortActions(actor: Actor, cohort: CohortAccessFacts): CohortAction[] {
  const actions: CohortAction[] = [];
  if (canManageCohort(actor, cohort)) actions.push('ADD_MEMBERS');
  if (canSeeCohort(actor, cohort)) actions.push('VIEW_PROGRESS');
  return actions;
}
