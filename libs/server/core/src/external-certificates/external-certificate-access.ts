import type { Actor } from '../access/actor';
import { canManageOrgPath } from '../access/access-policy';

/** Administrators review every submission; unit managers those of the people in their subtree. */
export function canReviewExternalCertificate(actor: Actor, holderOrgUnitPath: string | null): boolean {
  return canManageOrgPath(actor, holderOrgUnitPath);
}
