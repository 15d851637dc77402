import { graphql } from '../generated/gql';

export const myExternalCertificatesQuery = graphql(`
  query MyExternalCertificates {
    myExternalCertificates {
      id
      title
      issuerName
      hours
      issuedOn
      status
      signatureVerified
      reviewReason
      evidenceUrl
      evidenceFile {
        id
        name
        mimeType
        url
      }
      hasCredential
      verificationState
      verificationMessage
      submittedAt
    }
  }
`);

export const pendingExternalCertificatesQuery = graphql(`
  query PendingExternalCertificates {
    pendingExternalCertificates {
      id
      title
      issuerName
      hours
      issuedOn
      status
      signatureVerified
      reviewReason
      evidenceUrl
      evidenceFile {
        id
        name
        mimeType
        url
      }
      hasCredential
      verificationState
      verificationMessage
      submittedAt
      holder {
        id
        fullName
        email
      }
    }
  }
`);

export const submitExternalCertificateMutation = graphql(`
  mutation SubmitExternalCertificate($input: SubmitExternalCertificateInput!) {
    submitExternalCertificate(input: $input) {
      id
      title
      issuerName
      hours
      issuedOn
      status
      signatureVerified
      reviewReason
      evidenceUrl
      evidenceFile {
        id
        name
        mimeType
        url
      }
      hasCredential
      verificationState
      verificationMessage
      submittedAt
    }
  }
`);

export const reviewExternalCertificateMutation = graphql(`
  mutation ReviewExternalCertificate($id: ID!, $approve: Boolean!, $reason: String) {
    reviewExternalCertificate(id: $id, approve: $approve, reason: $reason) {
      id
      title
      issuerName
      hours
      issuedOn
      status
      signatureVerified
      reviewReason
      evidenceUrl
      evidenceFile {
        id
        name
        mimeType
        url
      }
      hasCredential
      verificationState
      verificationMessage
      submittedAt
    }
  }
`);
