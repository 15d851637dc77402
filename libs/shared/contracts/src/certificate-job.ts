/**
 * Job of the `certificates` queue: issue the certificate of this enrollment's latest completion if it has none, and
 * finish whatever its certificates still lack (PDF, signed credential). The data lives in PostgreSQL.
 */
export interface CertificateJob {
  enrollmentId: string;
}

/**
 * The job of a completion: the relay and the reconciler add it under this id, so it runs once while queued. A
 * retake's completion (the enrollment's second, third…) has an id of its own, so a finished job of an earlier one
 * kept in Redis does not swallow it.
 */
export function certificateIssueJobId(enrollmentId: string, completionNumber = 1): string {
  return completionNumber > 1 ? `issue-${enrollmentId}-${completionNumber}` : `issue-${enrollmentId}`;
}

/** The job that finishes a reissued certificate. */
export function certificateReissueJobId(certificateId: string): string {
  return `reissue-${certificateId}`;
}
