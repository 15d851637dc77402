import { registerEnumType } from '@nestjs/graphql';
import { CREDENTIAL_CHECK_STATES } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const CredentialCheckStateEnum = enumOf(CREDENTIAL_CHECK_STATES);

registerEnumType(CredentialCheckStateEnum, {
  name: 'CredentialCheckState',
  description: 'What checking a credential found: SIGNATURE_INVALID alone, or the warnings REVOKED, EXPIRED, NOT_YET_VALID, UNKNOWN_ISSUER, STATUS_UNKNOWN; VALID when none',
  valuesMap: {
    VALID: { description: 'the proof verifies with a key of its issuer (the platform, a did:key, or a trusted did:web), in force, not revoked' },
    SIGNATURE_INVALID: { description: 'no proof verifies: the credential may have been tampered with; nothing else about it is shown' },
    REVOKED: { description: 'its status list marks it revoked' },
    EXPIRED: { description: 'past its validUntil' },
    NOT_YET_VALID: { description: 'before its validFrom' },
    UNKNOWN_ISSUER: { description: 'its issuer is not the platform, not a did:key and not on the trusted-issuer list, or did not sign it' },
    STATUS_UNKNOWN: { description: 'its revocation status could not be checked: it is not known not to be revoked' },
  },
});
