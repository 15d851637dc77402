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

export const trustedIssuersQuery = graphql(`
  query TrustedIssuers {
    trustedIssuers {
      id
      did
      name
      logoUrl
    }
  }
`);

export const addTrustedIssuerMutation = graphql(`
  mutation AddTrustedIssuer($input: AddTrustedIssuerInput!) {
    addTrustedIssuer(input: $input) {
      id
    }
  }
`);

export const removeTrustedIssuerMutation = graphql(`
  mutation RemoveTrustedIssuer($id: ID!) {
    removeTrustedIssuer(id: $id) {
      id
    }
  }
`);
