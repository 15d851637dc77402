import type { CertificateBatchFieldsFragment } from '@hocso/portal-data-access';

/** How often a running batch's progress is read again. */
export const CERTIFICATE_BATCH_POLL_MS = 1000;

export function isOpenBatch(batch: Pick<CertificateBatchFieldsFragment, 'state'>): boolean {
  return batch.state === 'QUEUED' || batch.state === 'RUNNING';
}

/** The bar's value and maximum: what is done or failed of the total; a finished batch of nothing is full. */
export function batchBar(batch: Pick<CertificateBatchFieldsFragment, 'state' | 'total' | 'done' | 'failed'>): { value: number; max: number } {
  if (batch.total === 0) return { value: isOpenBatch(batch) ? 0 : 1, max: 1 };
  return { value: Math.min(batch.done + batch.failed, batch.total), max: batch.total };
}
