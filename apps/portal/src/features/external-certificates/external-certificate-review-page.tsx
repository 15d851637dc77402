import { useMutation, useQuery } from '@apollo/client/react';
import { type PendingExternalCertificatesQuery, pendingExternalCertificatesQuery, reviewExternalCertificateMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextAreaField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { EvidenceFilePreview } from './evidence-file-preview';
import { useDisplayError } from '../../shared/use-display-error';

type Submission = PendingExternalCertificatesQuery['pendingExternalCertificates'][number];

/** Administrators and unit managers review submissions: the evidence and its check side by side. */
export function ExternalCertificateReviewPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(pendingExternalCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle title={t('externalCertificates.reviewTitle')} />
      {error && <QueryError error={error} />}
      {data?.pendingExternalCertificates.length === 0 && <p>{t('externalCertificates.queueEmpty')}</p>}
      <ul className="hs-card-list" data-testid="external-review-queue">
        {data?.pendingExternalCertificates.map((submission) => (
          <li key={submission.id}>
            <SubmissionReview submission={submission} />
          </li>
        ))}
      </ul>
    </>
  );
}

function SubmissionReview({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation();
  const [review, { loading }] = useMutation(reviewExternalCertificateMutation, { refetchQueries: [pendingExternalCertificatesQuery] });
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [reason, setReason] = useState('');
  const decide = async (approve: boolean) => {
    clearError();
    try {
      await review({ variables: { id: submission.id, approve, reason: reason || null } });
    } catch (cause) {
      showError(cause);
    }
  };
  return (
    <Card title={submission.title} data-testid="external-review-item">
      <FormError error={error} />
      <div className="hs-split">
        <section aria-label={t('externalCertificates.evidence')}>
          <h3>{t('externalCertificates.evidence')}</h3>
          <p>
            {submission.holder.fullName} · {submission.issuerName} · {t('externalCertificates.hoursCount', { count: submission.hours })} ·{' '}
            {new Date(submission.issuedOn).toLocaleDateString(i18n.language)}
          </p>
          {submission.evidenceFile && <EvidenceFilePreview file={submission.evidenceFile} />}
          {submission.evidenceUrl && (
            <p>
              <a href={submission.evidenceUrl} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
                {submission.evidenceUrl}
              </a>
            </p>
          )}
        </section>
        <section aria-label={t('externalCertificates.verification')}>
          <h3>{t('externalCertificates.verification')}</h3>
          {submission.hasCredential ? (
            <Alert tone={submission.signatureVerified ? 'success' : 'warning'} data-testid="external-verification">
              <strong>{submission.signatureVerified ? t('externalCertificates.signatureVerified') : t('externalCertificates.signatureNotVerified')}</strong>
              <p>{submission.verificationMessage}</p>
            </Alert>
          ) : (
            <p>{t('externalCertificates.noCredential')}</p>
          )}
        </section>
      </div>
      <TextAreaField label={t('externalCertificates.reviewReason')} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError('reason')} data-testid="external-review-reason" />
      <Button busy={loading} onClick={() => void decide(true)} data-testid="external-approve">
        {t('externalCertificates.approve')}
      </Button>{' '}
      <Button busy={loading} variant="secondary" onClick={() => void decide(false)} data-testid="external-reject">
        {t('externalCertificates.reject')}
      </Button>
    </Card>
  );
}
