import { useQuery } from '@apollo/client/react';
import { verifyCertificateQuery, type VerifyCertificateQuery } from '@hocso/portal-data-access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { formatHours } from '../courses/shared/format-hours';
import { verifyPath } from './certificate-links';

type Verification = VerifyCertificateQuery['verifyCertificate'];

/**
 * The public page the QR code of a certificate opens (no sign-in): every field as issued and the live status,
 * so an edited PDF cannot pass.
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { serial = '' } = useParams();
  const { data, loading, error } = useQuery(verifyCertificateQuery, { variables: { serial }, fetchPolicy: 'network-only' });
  return (
    <>
      <PageTitle title={t('certificates.verify.title')} />
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('certificates.verify.loading')}</p>}
      {data && <VerificationResult verification={data.verifyCertificate} />}
      <SerialForm />
      <p>
        <Link to="/verify" data-testid="verify-file-link">
          {t('certificates.verify.checkFile')}
        </Link>
      </p>
    </>
  );
}

function VerificationResult({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const date = (value: unknown) => (value ? new Date(value as string).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) : '');
  if (!verification.status) {
    return (
      <section className="hs-alert hs-alert--error" role="alert" data-testid="verify-result" data-state="NOT_FOUND">
        <h2>{t('certificates.verify.notFound')}</h2>
        <p>{t('certificates.verify.notFoundHint', { serial: verification.serial })}</p>
      </section>
    );
  }
  const reason = verification.revokedReason === 'reissued' ? t('certificates.verify.reasonReissued') : verification.revokedReason;
  const rows: Array<[string, string]> = [
    [t('certificates.verify.serial'), verification.serial],
    [t('certificates.verify.holder'), verification.holderName ?? ''],
    [t('certificates.verify.course'), verification.courseTitle ?? ''],
    [t('certificates.verify.version'), String(verification.courseVersion ?? '')],
    [t('certificates.verify.hours'), formatHours(verification.hours ?? 0, i18n.language)],
    [t('certificates.verify.completedAt'), date(verification.completedAt)],
    [t('certificates.verify.issuedAt'), date(verification.issuedAt)],
    [t('certificates.verify.issuer'), verification.issuerName ?? ''],
    [t('certificates.verify.status'), t(`certificates.status.${verification.status}`)],
  ];
  return (
    <section data-testid="verify-result" data-state={verification.status}>
      <div className={`hs-alert ${verification.valid ? 'hs-alert--success' : 'hs-alert--error'}`} role="status">
        <h2>{verification.valid ? t('certificates.verify.valid') : t('certificates.verify.revoked')}</h2>
        {verification.valid && <p>{t('certificates.verify.validHint', { issuer: verification.issuerName })}</p>}
        {!verification.valid && reason && <p data-testid="verify-revoked-reason">{t('certificates.verify.revokedReason', { reason })}</p>}
        {verification.revokedAt && <p>{t('certificates.verify.revokedAt', { date: date(verification.revokedAt) })}</p>}
        {verification.replacedBySerial && (
          <p>
            {t('certificates.verify.replacedBy')} <Link to={verifyPath(verification.replacedBySerial)}>{verification.replacedBySerial}</Link>
          </p>
        )}
      </div>
      <dl className="hs-facts" data-testid="verify-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {verification.replacesSerial && (
        <p>
          {t('certificates.verify.replaces')} <Link to={verifyPath(verification.replacesSerial)}>{verification.replacesSerial}</Link>
        </p>
      )}
      {verification.pdfUrl && (
        <p>
          <a href={verification.pdfUrl}>{t('certificates.verify.download')}</a>
        </p>
      )}
    </section>
  );
}

function SerialForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) void navigate(verifyPath(value.trim()));
  };
  return (
    <form onSubmit={submit} className="hs-form" aria-label={t('certificates.verify.another')}>
      <label>
        {t('certificates.verify.serialLabel')}
        <input value={value} onChange={(event) => setValue(event.target.value)} maxLength={32} autoCapitalize="characters" placeholder={t('certificates.verify.serialPlaceholder')} />
      </label>
      <button type="submit" className="hs-button hs-button--secondary">
        {t('certificates.verify.submit')}
      </button>
    </form>
  );
}
