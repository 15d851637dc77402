/**
 * Job of the `certificates` queue: issue the certificate of this completed enrollment if it has none, and
 * finish whatever its certificates still lack (PDF, signed credential). The data lives in PostgreSQL.
 */
export interface CertificateJob {
  enrollmentId: string;
}

/** The job of a completion: the relay and the reconciler add it under this id, so it runs once while queued. */
export function certificateIssueJobId(enrollmentId: string): string {
  return `issue-${enrollmentId}`;
}

/** The job that finishes a reissued certificate. */
export function certificateReissueJobId(certificateId: string): string {
  return `reissue-${certificateId}`;
}
