import type { MessageParams } from '../../i18n/render-message';

/**
 * What a check of a credential found. SIGNATURE_INVALID stands alone (nothing else about the credential
 * can be believed); the others are warnings, listed together, the most serious first as `state`.
 */
export const CREDENTIAL_CHECK_STATES = ['VALID', 'SIGNATURE_INVALID', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID', 'UNKNOWN_ISSUER', 'STATUS_UNKNOWN'] as const;
export type CredentialCheckState = (typeof CREDENTIAL_CHECK_STATES)[number];

/** The warnings, most serious first. */
export const CREDENTIAL_WARNINGS: readonly CredentialCheckState[] = ['REVOKED', 'EXPIRED', 'NOT_YET_VALID', 'UNKNOWN_ISSUER', 'STATUS_UNKNOWN'];

export type CredentialCheckReason =
  | 'credentials.check.valid'
  | 'credentials.check.signatureInvalid'
  | 'credentials.check.noProof'
  | 'credentials.check.revoked'
  | 'credentials.check.expired'
  | 'credentials.check.notYetValid'
  | 'credentials.check.unknownIssuer'
  | 'credentials.check.issuerNotSigner'
  | 'credentials.check.statusUnknown';

/** What the credential claims, shown only when its signature did not fail. */
export interface CredentialClaims {
  issuerId: string | null;
  issuerName: string | null;
  credentialName: string | null;
  holderName: string | null;
  achievementName: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
}

export interface CredentialCheck {
  state: CredentialCheckState;
  warnings: CredentialCheckState[];
  /** True only when a proof verified with a key its issuer controls: a did:key, the platform, or a trusted did:web. */
  signatureVerified: boolean;
  reason: CredentialCheckReason;
  reasonParams: MessageParams;
  /** The platform's name, or the trusted-issuer list's, when the issuer is one of them. */
  trustedIssuerName: string | null;
  trustedIssuerLogoUrl: string | null;
  /** null when the status could not be checked or the credential has none. */
  revoked: boolean | null;
  claims: CredentialClaims | null;
}
