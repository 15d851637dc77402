import { useApolloClient } from '@apollo/client/react';
import { officialImportRejectedRowsCsvQuery } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { downloadText } from '../../question-bank/download-text';

/** Saves an import's rejected rows as CSV (the file's columns and the reason) to correct and upload again. */
export function RejectedRowsDownloadButton({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setLoading(true);
    setError(null);
    try {
      const result = await client.query({ query: officialImportRejectedRowsCsvQuery, variables: { id: importId }, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      const csv = result.data?.officialImportRejectedRowsCsv;
      if (csv) downloadText(csv, t('admin.imports.rejectedFileName'), 'text/csv');
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="hs-stack">
      <QueryError error={error} />
      <p className="hs-muted">{t('admin.imports.rejectedFixHint')}</p>
      <Button variant="secondary" busy={loading} onClick={() => void download()} data-testid="import-download-rejected">
        {t('admin.imports.downloadRejected')}
      </Button>
    </div>
  );
}
