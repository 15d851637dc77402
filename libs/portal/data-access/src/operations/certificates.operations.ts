import { graphql } from '../generated/gql';

export const myCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
      id
      serial
      holderName
      courseTitle
      hours
      issuedAt
      status
      revokedReason
      verifyUrl
      pdfUrl
      pdfReady
      course {
        id
      }
    }
  }
`);

export const verifyCertificateQuery = graphql(`
  query VerifyCertificate($serial: String!) {
    verifyCertificate(serial: $serial) {
      serial
      valid
      status
      holderName
      courseTitle
      courseVersion
      hours
      completedAt
      issuedAt
      issuerName
      revokedReason
      revokedAt
      replacedBySerial
      replacesSerial
      pdfUrl
    }
  }
`);
