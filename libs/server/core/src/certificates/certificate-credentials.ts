import type { EntityManager } from 'typeorm';
import { type CertificateCredentialInput, CredentialIssuer } from './credentials/credential-issuer';
import { StatusListService } from './credentials/status-list.service';

/**
 * The signed credential and its revocation entry, as the issuing and revoking of certificates use them
 * (CredentialIssuer and StatusListService of the credentials module). Under CERTIFICATE_CREDENTIALS; a module
 * that provides null instead issues certificates with their PDF alone, the credential columns staying null.
 */
export interface CertificateCredentials {
  allocateStatus(manager: EntityManager): Promise<{ listId: string; index: number }>;
  /** `count` entries at once, in the order they are to be used. */
  allocateStatuses(manager: EntityManager, count: number): Promise<Array<{ listId: string; index: number }>>;
  revokeStatus(manager: EntityManager, listId: string, index: number): Promise<void>;
  sign(input: CertificateCredentialInput): Promise<Record<string, unknown>>;
}

export const CERTIFICATE_CREDENTIALS = Symbol('CERTIFICATE_CREDENTIALS');

/** The provider of CERTIFICATE_CREDENTIALS: the credentials module's issuer and status lists. */
export const CERTIFICATE_CREDENTIALS_PROVIDER = {
  provide: CERTIFICATE_CREDENTIALS,
  inject: [CredentialIssuer, StatusListService],
  useFactory: (issuer: CredentialIssuer, statusLists: StatusListService): CertificateCredentials => ({
    allocateStatus: (manager) => statusLists.allocate(manager),
    allocateStatuses: (manager, count) => statusLists.allocateMany(manager, count),
    revokeStatus: (manager, listId, index) => statusLists.revoke(manager, listId, index),
    sign: (input) => issuer.issueCertificateCredential(input),
  }),
};
