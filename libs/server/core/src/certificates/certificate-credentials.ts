import type { EntityManager } from 'typeorm';
import type { PrintedCertificate } from './certificate-printed';

/** What signing an Open Badges 3.0 credential for a certificate needs. */
export interface CertificateCredentialInput extends Omit<PrintedCertificate, 'issuerName'> {
  credentialId: string;
  verifyUrl: string;
  status: { listId: string; index: number };
}

/**
 * The signed credential and its revocation entry, as the issuing and revoking of certificates use them.
 * Provided under CERTIFICATE_CREDENTIALS by the credentials module; without a provider, certificates are
 * issued with their PDF alone and the credential columns stay null.
 */
export interface CertificateCredentials {
  allocateStatus(manager: EntityManager): Promise<{ listId: string; index: number }>;
  revokeStatus(manager: EntityManager, listId: string, index: number): Promise<void>;
  sign(input: CertificateCredentialInput): Promise<Record<string, unknown>>;
}

export const CERTIFICATE_CREDENTIALS = Symbol('CERTIFICATE_CREDENTIALS');
