import { ERROR_CODES } from '@hocso/contracts';
import { canManageOrgPath } from '../access/access-policy';
import { type Actor, isAdmin, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';

/** Who may do what with training requirements, compliance reports and experts: the one place these rules are written. */

/** Administrators anywhere; unit managers inside their subtree. */
export function canGovernUnit(actor: Actor, orgUnitPath: string): boolean {
  return canManageOrgPath(actor, orgUnitPath);
}

/** Refused naming the input field that points outside the actor's subtree. */
export function assertCanGovernUnit(actor: Actor, orgUnitPath: string, field = 'orgUnitId'): void {
  if (!canGovernUnit(actor, orgUnitPath)) throw new DomainError(ERROR_CODES.forbidden, 'access.outsideManagedUnits', {}, field);
}

/** Changing one person's terms (exemptions, extensions): whoever governs the person's unit. */
export function canGovernPerson(actor: Actor, personUnitPath: string | null): boolean {
  return canManageOrgPath(actor, personUnitPath);
}

export function assertCanGovernPerson(actor: Actor, personUnitPath: string | null): void {
  if (!canGovernPerson(actor, personUnitPath)) throw new DomainError(ERROR_CODES.forbidden, 'access.outsideManagedUnits', {}, 'userId');
}

/** Lists and reports of requirements: administrators and unit managers. */
export function assertCanReadCompliance(actor: Actor): void {
  if (!isAdmin(actor) && managedPaths(actor).length === 0) throw DomainError.forbidden('access.adminOrManagerOnly');
}

/**
 * The subtrees whose requirements an actor sees: null for administrators (everything); for a unit manager,
 * those that cover any of their people, set above or inside their subtree.
 */
export function requirementVisibility(actor: Actor): string[] | null {
  return isAdmin(actor) ? null : managedPaths(actor);
}

/**
 * The subtrees whose requirements a list shows: null for administrators (all); a unit manager's subtrees and the
 * units an expert is the expert of (`expertPaths`), so that an expert can pick the requirement to remind about.
 */
export function requirementListVisibility(actor: Actor, expertPaths: readonly string[]): string[] | null {
  if (isAdmin(actor)) return null;
  const paths = [...managedPaths(actor), ...expertPaths];
  if (paths.length === 0) throw DomainError.forbidden('access.adminOrManagerOnly');
  return paths;
}

/**
 * A unit's compliance report (and its exports, trend and reminders): who governs the unit, and the unit's
 * digital-transformation experts (`expertPaths`: the paths of the units they are experts of, still members) over
 * that unit's subtree.
 */
export function canReadUnitReport(actor: Actor, orgUnitPath: string, expertPaths: readonly string[]): boolean {
  return canGovernUnit(actor, orgUnitPath) || expertPaths.some((path) => orgUnitPath.startsWith(path));
}

/** Whether the actor may read any compliance report at all, before a unit is named. */
export function assertCanReadSomeReport(actor: Actor, expertPaths: readonly string[]): void {
  if (!isAdmin(actor) && managedPaths(actor).length === 0 && expertPaths.length === 0) throw DomainError.forbidden('complianceReports.readersOnly');
}

export function assertCanReadUnitReport(actor: Actor, orgUnitPath: string, expertPaths: readonly string[]): void {
  if (!canReadUnitReport(actor, orgUnitPath, expertPaths)) throw new DomainError(ERROR_CODES.forbidden, 'complianceReports.outsideUnit', {}, 'orgUnitId');
}
