import { useAuth } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../../shared/display-error';
import { downloadBlob } from '../../question-bank/download-text';

type Report = 'units' | 'levels' | 'experts';
type Format = 'csv' | 'xlsx';

/** CSV and XLSX of each report, fetched with the bearer token (file routes take no cookie) in the reader's language. */
export function ComplianceDownloads({ orgUnitId, requirementId }: { orgUnitId: string | null; requirementId: string | null }) {
  const { t, i18n } = useTranslation();
  const { getAccessToken } = useAuth();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (report: Report, format: Format) => {
    setBusy(`${report}.${format}`);
    setError(null);
    try {
      const params = new URLSearchParams();
      if (orgUnitId) params.set('orgUnitId', orgUnitId);
      if (requirementId) params.set('requirementId', requirementId);
      if (report === 'experts') params.set('unitKind', 'DISTRICT');
      const token = getAccessToken();
      const response = await fetch(`/compliance/reports/${report}.${format}?${params.toString()}`, { headers: { 'accept-language': i18n.language, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { name: 'ServerError', statusCode: response.status });
      downloadBlob(await response.blob(), `${t(`admin.compliance.file.${report}`)}.${format}`);
    } catch (caught) {
      setError(toDisplayError(caught, t).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="hs-stack" data-testid="compliance-downloads">
      <h2>{t('admin.compliance.downloadsTitle')}</h2>
      {error && <Alert tone="error">{error}</Alert>}
      {(['units', 'levels', 'experts'] as const).map((report) => (
        <div key={report} className="hs-row">
          <span>{t(`admin.compliance.file.${report}`)}</span>
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button key={format} variant="secondary" busy={busy === `${report}.${format}`} onClick={() => void download(report, format)} data-testid={`download-${report}-${format}`}>
              {format.toUpperCase()}
            </Button>
          ))}
        </div>
      ))}
    </section>
  );
}
