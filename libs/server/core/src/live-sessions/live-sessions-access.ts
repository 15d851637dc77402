import { type Actor, hasRole, isAdmin, managedPaths } from '../access/actor';
import { mayCreateCohorts } from '../cohorts/cohorts-access';
import { DomainError } from '../errors/domain.error';

/**
 * Who may do what with live sessions: the one place these rules are written. Trainers, administrators and
 * digital-transformation experts organise sessions; the organiser and administrators show the check-in code.
 * A session without a cohort is open to every signed-in person; a cohort's session to its members and to whoever
 * sees the cohort (its owner, administrators, managers of its unit).
 */

export interface LiveSessionAccessFacts {
  organiserId: string | null;
  cohortId: string | null;
}

export function mayOrganiseSessions(actor: Actor, isExpert: boolean): boolean {
  return isAdmin(actor) || hasRole(actor, 'TRAINER') || isExpert;
}

export function assertMayOrganiseSessions(actor: Actor, isExpert: boolean): void {
  if (!mayOrganiseSessions(actor, isExpert)) throw DomainError.forbidden('liveSessions.createForbidden');
}

export function assertNotCancelled(session: { cancelledAt: Date | null }): void {
  if (session.cancelledAt !== null) throw DomainError.conflict('liveSessions.cancelled', 'sessionId');
}

export type OrganiserAction = 'CREATE_COHORT' | 'CREATE_LIVE_SESSION';

/** What the portal may offer someone before any cohort or session exists: gathering a cohort, organising a session. */
export function allowedOrganiserActions(actor: Actor, expertPaths: readonly string[]): OrganiserAction[] {
  const actions: OrganiserAction[] = [];
  if (mayCreateCohorts(actor, expertPaths)) actions.push('CREATE_COHORT');
  if (mayOrganiseSessions(actor, expertPaths.length > 0)) actions.push('CREATE_LIVE_SESSION');
  return actions;
}

export function canManageSession(actor: Actor, session: LiveSessionAccessFacts): boolean {
  return session.organiserId === actor.userId || isAdmin(actor);
}

export function assertCanManageSession(actor: Actor, session: LiveSessionAccessFacts): void {
  if (!canManageSession(actor, session)) throw DomainError.forbidden('liveSessions.organiserOnly');
}

/**
 * The SQL condition (over `s`, a live_session) of the sessions an actor sees; `bind` adds a parameter. Kept
 * beside the rules above, which it restates for lists.
 */
export function sessionVisibilitySql(actor: Actor, bind: (value: unknown) => string): string {
  if (isAdmin(actor)) return 'true';
  const me = bind(actor.userId);
  const managed = bind(managedPaths(actor).map((path) => `${path}%`));
  return `(s.cohort_id IS NULL OR s.organiser_id = ${me}::uuid
    OR EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = s.cohort_id AND m.user_id = ${me}::uuid)
    OR EXISTS (SELECT 1 FROM cohort c JOIN org_unit ou ON ou.id = c.org_unit_id
               WHERE c.id = s.cohort_id AND (c.owner_id = ${me}::uuid OR ou.path LIKE ANY (${managed}::text[]))))`;
}

export type LiveSessionAction = 'REGISTER' | 'CANCEL_REGISTRATION' | 'CHECK_IN' | 'SHOW_CHECK_IN_CODE' | 'VIEW_ATTENDEES' | 'RESCHEDULE' | 'CANCEL';

/** What the portal may offer on a session the actor sees, given where they stand. */
export function allowedSessionActions(
  actor: Actor,
  session: LiveSessionAccessFacts & { endsAt: Date; allowWalkIn: boolean; full: boolean; cancelled: boolean; attendedCount: number },
  viewer: { registered: boolean; attended: boolean },
  now: Date,
): LiveSessionAction[] {
  const actions: LiveSessionAction[] = [];
  const manages = canManageSession(actor, session);
  if (manages) actions.push('VIEW_ATTENDEES');
  if (session.cancelled) return actions;
  const over = session.endsAt.getTime() <= now.getTime();
  if (!over && !viewer.registered && !viewer.attended && !session.full) actions.push('REGISTER');
  if (!over && viewer.registered && !viewer.attended) actions.push('CANCEL_REGISTRATION');
  if (!viewer.attended && (viewer.registered || session.allowWalkIn)) actions.push('CHECK_IN');
  if (manages) actions.push('SHOW_CHECK_IN_CODE');
  if (manages && !over && session.attendedCount === 0) actions.push('RESCHEDULE', 'CANCEL');
  return actions;
}
