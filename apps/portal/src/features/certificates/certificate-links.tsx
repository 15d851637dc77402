import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The path of the portal's verification page of a serial (verifyUrl is absolute, for the QR code and for sharing). */
export function verifyPath(serial: string): string {
  return `/verify/${encodeURIComponent(serial)}`;
}

export interface CertificateLinksProps {
  certificate: { serial: string; status: string; pdfUrl: string; pdfReady: boolean };
}

/** Download the PDF (once it is made) and open the public verification page. */
export function CertificateLinks({ certificate }: CertificateLinksProps) {
  const { t } = useTranslation();
  return (
    <p className="hs-actions">
      {certificate.pdfReady ? (
        <a className="hs-button hs-button--primary" href={certificate.pdfUrl} download={`${certificate.serial}.pdf`} data-testid="certificate-download">
          {t('certificates.card.download')}
        </a>
      ) : (
        <span className="hs-muted" role="status">
          {t('certificates.card.preparing')}
        </span>
      )}{' '}
      <Link className="hs-button hs-button--secondary" to={verifyPath(certificate.serial)} data-testid="certificate-verify-link">
        {t('certificates.card.verify')}
      </Link>
    </p>
  );
}
