export const CERTIFICATE_BATCH_KINDS = ['ISSUE', 'REISSUE'] as const;
/** ISSUE: a certificate for each completion of the course that has none; REISSUE: each ACTIVE certificate of the course reissued. */
export type CertificateBatchKind = (typeof CERTIFICATE_BATCH_KINDS)[number];

export const CERTIFICATE_BATCH_STATES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type CertificateBatchState = (typeof CERTIFICATE_BATCH_STATES)[number];

/** Job of the `certificate-batches` queue: only the id; the batch, its list and its progress live in PostgreSQL. */
export interface CertificateBatchJob {
  batchId: string;
}

/** One job per batch, whoever enqueues it (the API, the reconciler). */
export function certificateBatchJobId(batchId: string): string {
  return `certificate-batch-${batchId}`;
}
