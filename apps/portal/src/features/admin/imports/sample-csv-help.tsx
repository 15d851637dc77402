import { Button } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_IMPORT_HEADER, SAMPLE_CSV_FILE_NAME, SAMPLE_OFFICIAL_CSV_FILE_CONTENT } from './official-import-csv';

export function SampleCsvHelp() {
  const { t } = useTranslation();

  const downloadSample = () => {
    const url = URL.createObjectURL(new Blob([SAMPLE_OFFICIAL_CSV_FILE_CONTENT], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = SAMPLE_CSV_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="hs-stack">
      <p>{t('admin.imports.headerExplanation')}</p>
      <code className="hs-code" data-testid="import-expected-header">
        {OFFICIAL_IMPORT_HEADER}
      </code>
      <p className="hs-muted">{t('admin.imports.columnsHelp')}</p>
      <div>
        <Button variant="secondary" onClick={downloadSample} data-testid="import-sample-download">
          {t('admin.imports.downloadSample')}
        </Button>
      </div>
    </div>
  );
}
