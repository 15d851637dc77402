import { CredentialStatusListEntity } from './credential-status-list.entity';

/** The status lists of the credentials the platform signs. */
export const CREDENTIAL_ENTITIES = [CredentialStatusListEntity];
