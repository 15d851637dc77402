import type { CertificateStatus } from './certificate-status';

/** What the public verification of a serial answers: every field of an existing certificate and its live status. */
export interface CertificateVerification {
  serial: string;
  /** True only for an existing, ACTIVE certificate. */
  valid: boolean;
  status: CertificateStatus | null;
  holderName: string | null;
  courseTitle: string | null;
  courseVersion: number | null;
  hours: number | null;
  completedAt: Date | null;
  issuedAt: Date | null;
  issuerName: string | null;
  revokedReason: string | null;
  revokedAt: Date | null;
  /** The serial of the certificate that replaced this one, when it was reissued. */
  replacedBySerial: string | null;
  /** The serial this certificate replaces, when it is a reissue. */
  replacesSerial: string | null;
}

export function unknownSerial(serial: string): CertificateVerification {
  return {
    serial,
    valid: false,
    status: null,
    holderName: null,
    courseTitle: null,
    courseVersion: null,
    hours: null,
    completedAt: null,
    issuedAt: null,
    issuerName: null,
    revokedReason: null,
    revokedAt: null,
    replacedBySerial: null,
    replacesSerial: null,
  };
}
