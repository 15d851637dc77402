import { useQuery } from '@apollo/client/react';
import { certificateBatchQuery, type CertificateBatchFieldsFragment } from '@hocso/portal-data-access';
import { Alert, ProgressBar } from '@hocso/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/query-error';
import { batchBar, CERTIFICATE_BATCH_POLL_MS, isOpenBatch } from './certificate-batch-progress';

export interface CertificateBatchPanelProps {
  batch: CertificateBatchFieldsFragment;
  /** Called once when a batch that was open has finished (the list of certificates changed). */
  onFinished(): void;
}

/** The progress of a course's bulk certificate job: read again every second while it runs. */
export function CertificateBatchPanel({ batch: initial, onFinished }: CertificateBatchPanelProps) {
  const { t, i18n } = useTranslation();
  const open = isOpenBatch(initial);
  const { data, error, startPolling, stopPolling } = useQuery(certificateBatchQuery, { variables: { id: initial.id }, fetchPolicy: 'network-only', skip: !open });
  const batch = data?.certificateBatch ?? initial;
  const finished = !isOpenBatch(batch);

  useEffect(() => {
    if (!open) return undefined;
    if (finished) {
      stopPolling();
      onFinished();
      return undefined;
    }
    startPolling(CERTIFICATE_BATCH_POLL_MS);
    return () => stopPolling();
  }, [open, finished, startPolling, stopPolling, onFinished]);

  const bar = batchBar(batch);
  return (
    <section className="hs-card hs-stack" aria-labelledby="certificate-batch-title" data-testid="certificate-batch" data-state={batch.state} data-batch-id={batch.id}>
      <h2 id="certificate-batch-title" className="hs-card__title">
        {t(`certificates.course.batch.kind.${batch.kind}`)}
      </h2>
      <QueryError error={error} />
      <p role="status" data-testid="certificate-batch-status">
        {t(`certificates.course.batch.state.${batch.state}`)} · {t('certificates.course.batch.counts', { done: batch.done, failed: batch.failed, total: batch.total })}
      </p>
      <ProgressBar value={bar.value} max={bar.max} label={t('certificates.course.batch.progress')} data-testid="certificate-batch-progress" />
      <p className="hs-muted">
        {t('certificates.course.batch.startedBy', {
          name: batch.startedByName ?? t('certificates.course.batch.someone'),
          date: new Date(batch.createdAt).toLocaleString(i18n.language),
        })}
      </p>
      {batch.reason && <p>{t('certificates.course.batch.reason', { reason: batch.reason })}</p>}
      {batch.state === 'COMPLETED' && batch.failed === 0 && <Alert tone="success">{t('certificates.course.batch.completed')}</Alert>}
      {batch.state === 'COMPLETED' && batch.failed > 0 && <Alert tone="warning">{t('certificates.course.batch.completedWithFailures', { failed: batch.failed })}</Alert>}
      {batch.state === 'FAILED' && <Alert tone="error">{t('certificates.course.batch.failed')}</Alert>}
    </section>
  );
}
