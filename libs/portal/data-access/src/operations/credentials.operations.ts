import { graphql } from '../generated/gql';

export const checkCredentialQuery = graphql(`
  query CheckCredential($json: String!) {
    checkCredential(json: $json) {
      state
      warnings
      signatureVerified
      message
      revoked
      trustedIssuerName
      trustedIssuerLogoUrl
      issuerId
      issuerName
      credentialName
      holderName
      achievementName
      validFrom
      validUntil
    }
  }
`);
