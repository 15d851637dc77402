import type { Role } from '@hocso/contracts';

export interface ActorGrant {
  role: Role;
  /** The org unit a UNIT_MANAGER grant is scoped to. */
  orgUnitId: string | null;
  /** Materialised path of that org unit, to test subtree membership without a query. */
  orgUnitPath: string | null;
}

/** The signed-in person a request acts for. */
export interface Actor {
  userId: string;
  grants: ActorGrant[];
  /** The session the request's access token belongs to; absent for work done outside a request. */
  sessionId?: string;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((grant) => grant.role === role);
}

export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'ADMIN');
}

/** Paths of the subtrees this actor manages (empty unless UNIT_MANAGER). */
export function managedPaths(actor: Actor): string[] {
  return actor.grants
    .filter((grant) => grant.role === 'UNIT_MANAGER' && grant.orgUnitPath !== null)
    .map((grant) => grant.orgUnitPath as string);
}
