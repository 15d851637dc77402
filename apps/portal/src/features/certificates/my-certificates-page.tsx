import { useQuery } from '@apollo/client/react';
import { myCertificatesQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { formatHours } from '../courses/shared/format-hours';
import { CertificateLinks } from './certificate-links';

/** "Chứng chỉ của tôi": every certificate of the signed-in person, with its PDF and verification page. */
export function MyCertificatesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(myCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  const certificates = data?.myCertificates ?? [];
  return (
    <>
      <PageTitle title={t('certificates.mine.title')} />
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && certificates.length === 0 && (
        <p data-testid="certificates-empty">
          {t('certificates.mine.empty')} <Link to="/courses">{t('certificates.mine.browse')}</Link>
        </p>
      )}
      <div className="hs-grid">
        {certificates.map((certificate) => (
          <Card key={certificate.id} headingLevel={2} title={<Link to={`/courses/${certificate.course.id}`}>{certificate.courseTitle}</Link>} data-testid="certificate-card" data-serial={certificate.serial}>
            <p className="hs-muted">
              {t('certificates.card.serial', { serial: certificate.serial })} · {t('certificates.card.hours', { hours: formatHours(certificate.hours, i18n.language) })}
            </p>
            <p>
              {t('certificates.card.issuedAt', { date: new Date(certificate.issuedAt).toLocaleDateString(i18n.language) })} ·{' '}
              <span className={`hs-status hs-status--${certificate.status.toLowerCase()}`} data-testid="certificate-status">
                {t(`certificates.status.${certificate.status}`)}
              </span>
            </p>
            {certificate.revokedReason && <p>{t('certificates.verify.revokedReason', { reason: certificate.revokedReason === 'reissued' ? t('certificates.verify.reasonReissued') : certificate.revokedReason })}</p>}
            <CertificateLinks certificate={certificate} />
          </Card>
        ))}
      </div>
    </>
  );
}
