import { Field, ObjectType } from '@nestjs/graphql';
import { type CredentialCheck, type CredentialCheckState, type Locale, renderMessage } from '@hocso/server-core';
import { CredentialCheckStateEnum } from '../credential-enums';

@ObjectType('CredentialCheck', { description: 'A credential checked offline by the platform: its signature, issuer, dates and revocation status' })
export class CredentialCheckModel {
  @Field(() => CredentialCheckStateEnum, { description: 'the most serious finding' })
  state: CredentialCheckState;

  @Field(() => [CredentialCheckStateEnum], { description: 'every warning, most serious first (empty when VALID or SIGNATURE_INVALID)' })
  warnings: CredentialCheckState[];

  @Field({ description: 'true only when a proof verified with a key its issuer controls' })
  signatureVerified: boolean;

  @Field({ description: 'the finding, in the language of the request' })
  message: string;

  @Field(() => Boolean, { nullable: true, description: 'null when the credential has no status or it could not be checked' })
  revoked: boolean | null;

  @Field(() => String, { nullable: true, description: "the platform's or the trusted-issuer list's name for the issuer" })
  trustedIssuerName: string | null;

  @Field(() => String, { nullable: true })
  trustedIssuerLogoUrl: string | null;

  @Field(() => String, { nullable: true, description: 'what the credential claims (null when its signature failed)' })
  issuerId: string | null;

  @Field(() => String, { nullable: true })
  issuerName: string | null;

  @Field(() => String, { nullable: true })
  credentialName: string | null;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  achievementName: string | null;

  @Field(() => Date, { nullable: true })
  validFrom: Date | null;

  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  static from(check: CredentialCheck, locale: Locale): CredentialCheckModel {
    const claims = check.claims;
    return Object.assign(new CredentialCheckModel(), {
      state: check.state,
      warnings: check.warnings,
      signatureVerified: check.signatureVerified,
      message: renderMessage(check.reason, check.reasonParams, locale),
      revoked: check.revoked,
      trustedIssuerName: check.trustedIssuerName,
      trustedIssuerLogoUrl: check.trustedIssuerLogoUrl,
      issuerId: claims?.issuerId ?? null,
      issuerName: claims?.issuerName ?? null,
      credentialName: claims?.credentialName ?? null,
      holderName: claims?.holderName ?? null,
      achievementName: claims?.achievementName ?? null,
      validFrom: claims?.validFrom ?? null,
      validUntil: claims?.validUntil ?? null,
    });
  }
}
