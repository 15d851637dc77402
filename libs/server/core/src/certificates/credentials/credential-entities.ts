import { CredentialStatusListEntity } from './credential-status-list.entity';
import { TrustedIssuerEntity } from './trusted-issuer.entity';

/** The status lists of the credentials the platform signs, and the issuers it trusts. */
export const CREDENTIAL_ENTITIES = [CredentialStatusListEntity, TrustedIssuerEntity];
