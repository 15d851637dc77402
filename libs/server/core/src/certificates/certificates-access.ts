import { type Actor, hasRole, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';

/** Who may do what with certificates: the one place these rules are written. */

export const CERTIFICATE_ACTIONS = ['DOWNLOAD', 'REVOKE', 'REISSUE'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

/**
 * Anyone may verify a serial (the QR code's page is public) and fetch its PDF and credential: what they show
 * is what the certificate's holder hands out. Listing certificates is for their holder.
 */
export function isCertificateHolder(actor: Actor, certificate: { userId: string }): boolean {
  return certificate.userId === actor.userId;
}

/** Revoking and reissuing are for administrators only. */
export function canRevokeCertificates(actor: Actor): boolean {
  return isAdmin(actor);
}

export function assertCanRevokeCertificates(actor: Actor): void {
  if (!canRevokeCertificates(actor)) throw DomainError.forbidden('certificate.revokeForbidden');
}

/** What the actor may do with one certificate, for the portal to offer only those. */
export function certificateActions(actor: Actor, certificate: { userId: string; status: string }): CertificateAction[] {
  const actions: CertificateAction[] = ['DOWNLOAD'];
  if (canRevokeCertificates(actor) && certificate.status === 'ACTIVE') actions.push('REVOKE', 'REISSUE');
  return actions;
}

/**
 * A course's certificates as a whole — their list, the bulk jobs that issue or reissue them, the ZIP of their
 * PDFs — are for administrators and the course's trainers (its authors and co-authors who hold TRAINER).
 */
export function canManageCourseCertificates(actor: Actor, isCourseAuthor: boolean): boolean {
  return isAdmin(actor) || (isCourseAuthor && hasRole(actor, 'TRAINER'));
}

export function assertCanManageCourseCertificates(actor: Actor, isCourseAuthor: boolean): void {
  if (!canManageCourseCertificates(actor, isCourseAuthor)) throw DomainError.forbidden('certificate.courseForbidden');
}
