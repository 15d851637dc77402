import { useQuery } from '@apollo/client/react';
import { officialImportsQuery } from '@hocso/portal-data-access';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { ActivationSheetPanel } from './activation-sheet-panel';
import { ImportProgressPanel } from './import-progress-panel';
import { ImportPreviewPanel } from './import-preview-panel';
import { ImportUploadForm, type PreviewedFile } from './import-upload-form';
import { PastImportsTable } from './past-imports-table';

const HISTORY_SIZE = 20;

export function ImportsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const activeImportId = searchParams.get('import');
  const history = useQuery(officialImportsQuery, { variables: { first: HISTORY_SIZE }, fetchPolicy: 'cache-and-network' });
  const { refetch } = history;
  const [previewed, setPreviewed] = useState<PreviewedFile | null>(null);

  const openImport = useCallback((importId: string) => setSearchParams({ import: importId }), [setSearchParams]);
  const refreshHistory = useCallback(() => void refetch(), [refetch]);

  return (
    <>
      <PageTitle title={t('admin.imports.title')} />
      <p className="hs-muted">{t('admin.imports.lead')}</p>
      <div className="hs-split">
        {previewed ? (
          <ImportPreviewPanel
            file={previewed}
            onCancel={() => setPreviewed(null)}
            onStarted={(importId) => {
              setPreviewed(null);
              openImport(importId);
              refreshHistory();
            }}
          />
        ) : (
          <ImportUploadForm onPreviewed={setPreviewed} />
        )}
        {activeImportId && <ImportProgressPanel key={activeImportId} importId={activeImportId} onFinished={refreshHistory} />}
      </div>
      <section className="hs-stack">
        <QueryError error={history.error} />
        {history.data && <PastImportsTable imports={history.data.officialImports} onOpen={openImport} />}
      </section>
      <ActivationSheetPanel />
    </>
  );
}
