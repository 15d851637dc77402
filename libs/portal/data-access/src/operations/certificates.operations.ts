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

export const certificateBatchFieldsFragment = graphql(`
  fragment CertificateBatchFields on CertificateBatch {
    id
    kind
    state
    total
    done
    failed
    reason
    startedByName
    createdAt
    finishedAt
  }
`);

export const courseCertificatesQuery = graphql(`
  query CourseCertificates($courseId: ID!, $first: Int, $after: String) {
    course(id: $courseId) {
      id
      title
    }
    courseCertificates(courseId: $courseId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serial
          holderName
          issuedAt
          status
          revokedReason
          pdfUrl
          pdfReady
        }
      }
    }
    courseCertificateBatches(courseId: $courseId) {
      ...CertificateBatchFields
    }
  }
`);

export const certificateBatchQuery = graphql(`
  query CertificateBatch($id: ID!) {
    certificateBatch(id: $id) {
      ...CertificateBatchFields
    }
  }
`);

export const issueCourseCertificatesMutation = graphql(`
  mutation IssueCourseCertificates($courseId: ID!) {
    issueCourseCertificates(courseId: $courseId) {
      ...CertificateBatchFields
    }
  }
`);

export const reissueCourseCertificatesMutation = graphql(`
  mutation ReissueCourseCertificates($courseId: ID!, $reason: String!) {
    reissueCourseCertificates(courseId: $courseId, reason: $reason) {
      ...CertificateBatchFields
    }
  }
`);
