import { useMutation, useQuery } from '@apollo/client/react';
import { courseCertificatesQuery, issueCourseCertificatesMutation, reissueCourseCertificatesMutation } from '@hocso/portal-data-access';
import { Alert, Button, Table, TextField } from '@hocso/portal-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { useDisplayError } from '../../shared/use-display-error';
import { CertificateBatchPanel } from './certificate-batch-panel';
import { isOpenBatch } from './certificate-batch-progress';

const PAGE_SIZE = 20;

/** A course's certificates, for its trainers and administrators: the list, the ZIP of the PDFs and the bulk jobs. */
export function CourseCertificatesPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  // The cursors of the pages before the one shown (empty: the first page).
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, loading, error, refetch } = useQuery(courseCertificatesQuery, {
    variables: { courseId: id, first: PAGE_SIZE, after: cursors.at(-1) ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const [issue, issuing] = useMutation(issueCourseCertificatesMutation);
  const [reissue, reissuing] = useMutation(reissueCourseCertificatesMutation);
  const [reissueOpen, setReissueOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { error: actionError, showError, clearError, fieldError } = useDisplayError();
  const onFinished = useCallback(() => void refetch(), [refetch]);

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!data) return <QueryError error={error} />;
  const batches = data.courseCertificateBatches;
  const shown = batches.find(isOpenBatch) ?? batches[0];
  const running = batches.some(isOpenBatch);
  const certificates = data.courseCertificates.edges.map((edge) => edge.node);

  const start = async (action: () => Promise<unknown>) => {
    clearError();
    try {
      await action();
      setReissueOpen(false);
      setReason('');
      await refetch();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack" data-testid="course-certificates">
      <p>
        <Link to={`/teach/courses/${id}/edit`}>← {data.course?.title ?? t('certificates.course.back')}</Link>
      </p>
      <PageTitle title={t('certificates.course.title', { title: data.course?.title ?? '' })} />
      <QueryError error={error} />
      <section className="hs-card hs-stack" aria-labelledby="certificate-actions-title">
        <h2 id="certificate-actions-title" className="hs-card__title">
          {t('certificates.course.actionsTitle')}
        </h2>
        <p className="hs-muted">{t('certificates.course.actionsNote')}</p>
        <FormError error={actionError} />
        {running && <Alert tone="info">{t('certificates.course.oneAtATime')}</Alert>}
        <div className="hs-row">
          <Button busy={issuing.loading} disabled={running} onClick={() => void start(() => issue({ variables: { courseId: id } }))} data-testid="issue-course-certificates">
            {t('certificates.course.issue')}
          </Button>
          {!reissueOpen && (
            <Button variant="secondary" disabled={running || certificates.length === 0} onClick={() => setReissueOpen(true)} data-testid="reissue-course-certificates">
              {t('certificates.course.reissue')}
            </Button>
          )}
          <a href={`/files/courses/${id}/certificates.zip`} download data-testid="course-certificates-zip">
            {t('certificates.course.zip')}
          </a>
        </div>
        {reissueOpen && (
          <form
            className="hs-stack"
            onSubmit={(event) => {
              event.preventDefault();
              void start(() => reissue({ variables: { courseId: id, reason } }));
            }}
          >
            <Alert tone="warning">{t('certificates.course.reissueWarning')}</Alert>
            <TextField
              label={t('certificates.course.reissueReason')}
              value={reason}
              maxLength={500}
              required
              onChange={(event) => setReason(event.target.value)}
              error={fieldError('reason')}
              data-testid="reissue-reason"
            />
            <div className="hs-row">
              <Button type="submit" variant="danger" busy={reissuing.loading} data-testid="reissue-course-certificates-confirm">
                {t('certificates.course.reissueConfirm')}
              </Button>
              <Button variant="secondary" onClick={() => setReissueOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </section>
      {shown && <CertificateBatchPanel key={`${shown.id}:${shown.state}`} batch={shown} onFinished={onFinished} />}
      <Table
        caption={t('certificates.course.listCaption', { count: data.courseCertificates.totalCount })}
        rows={certificates}
        rowKey={(certificate) => certificate.id}
        rowTestId="course-certificate-row"
        emptyMessage={t('certificates.course.empty')}
        columns={[
          { key: 'serial', header: t('certificates.verify.serial'), render: (certificate) => <Link to={`/verify/${certificate.serial}`}>{certificate.serial}</Link> },
          { key: 'holder', header: t('certificates.verify.holder'), render: (certificate) => certificate.holderName },
          { key: 'issuedAt', header: t('certificates.verify.issuedAt'), render: (certificate) => new Date(certificate.issuedAt).toLocaleDateString(i18n.language) },
          {
            key: 'status',
            header: t('certificates.verify.status'),
            render: (certificate) => <span className={`hs-status hs-status--${certificate.status.toLowerCase()}`}>{t(`certificates.status.${certificate.status}`)}</span>,
          },
          {
            key: 'pdf',
            header: t('certificates.course.pdf'),
            render: (certificate) => (certificate.pdfReady ? <a href={certificate.pdfUrl}>{t('certificates.card.download')}</a> : t('certificates.card.preparing')),
          },
        ]}
      />
      <div className="hs-row">
        {cursors.length > 0 && (
          <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))} data-testid="course-certificates-previous">
            {t('certificates.course.previous')}
          </Button>
        )}
        {data.courseCertificates.pageInfo.hasNextPage && data.courseCertificates.pageInfo.endCursor && (
          <Button variant="secondary" onClick={() => setCursors([...cursors, data.courseCertificates.pageInfo.endCursor as string])} data-testid="course-certificates-next">
            {t('certificates.course.next')}
          </Button>
        )}
      </div>
    </div>
  );
}
