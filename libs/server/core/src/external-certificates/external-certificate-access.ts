import type { Actor } from '../access/actor';
import { canManageOrgPath } from '../access/access-policy';

/** Administrators review every submission; unit managers those of the people in their subtree. */
export function canReviewExternalCertificate(actor: Actor, holderOrgUnitPath: string | null): boolean {
  return canManageOrgPath(actor, holderOrgUnitPath);
}

/**
 * An evidence file shows a person's documents: it is for its uploader (the holder) and for those who may
 * review the certificate it is attached to — never public, never another learner.
 */
export function canSeeExternalCertificateEvidence(actor: Actor, evidence: { uploadedById: string; attached: boolean; holderOrgUnitPath: string | null }): boolean {
  return evidence.uploadedById === actor.userId || (evidence.attached && canReviewExternalCertificate(actor, evidence.holderOrgUnitPath));
}
