import type { CertificateEntity } from './certificate.entity';

/** What a certificate states, as printed on its PDF, signed in its credential and shown by its verification. */
export interface PrintedCertificate {
  serial: string;
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  hours: number;
  completedAt: Date;
  issuedAt: Date;
  issuerName: string;
}

export function printedCertificate(certificate: CertificateEntity): PrintedCertificate {
  const { serial, holderName, courseTitle, courseVersion, hours, completedAt, issuedAt, issuerName } = certificate;
  return { serial, holderName, courseTitle, courseVersion, hours, completedAt, issuedAt, issuerName };
}
