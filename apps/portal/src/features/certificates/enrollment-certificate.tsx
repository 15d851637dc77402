import type { CourseEnrollmentFieldsFragment } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { CertificateLinks } from './certificate-links';

/** The certificate of a completed enrollment on its course card and page; "being issued" until the worker has issued it. */
export function EnrollmentCertificate({ enrollment }: { enrollment: Pick<CourseEnrollmentFieldsFragment, 'status' | 'certificate'> }) {
  const { t } = useTranslation();
  if (enrollment.status !== 'COMPLETED') return null;
  const { certificate } = enrollment;
  if (!certificate) {
    return (
      <p className="hs-muted" role="status" data-testid="certificate-pending">
        {t('certificates.card.pending')}
      </p>
    );
  }
  return (
    <div data-testid="enrollment-certificate" data-serial={certificate.serial} data-status={certificate.status}>
      <p>
        {t('certificates.card.serial', { serial: certificate.serial })} ·{' '}
        <span className={`hs-status hs-status--${certificate.status.toLowerCase()}`}>{t(`certificates.status.${certificate.status}`)}</span>
      </p>
      <CertificateLinks certificate={certificate} />
    </div>
  );
}
