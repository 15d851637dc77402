import { useQuery } from '@apollo/client/react';
import { officialImportQuery } from '@hocso/portal-data-access';
import { Alert, Card, ProgressBar } from '@hocso/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { displayedImportPercent, isFinishedImportStatus } from './official-import-csv';
import { RejectedRowsDownloadButton } from './rejected-rows-download-button';
import { RejectedRowsTable } from './rejected-rows-table';

export const IMPORT_POLL_INTERVAL_MS = 500;

export interface ImportProgressPanelProps {
  importId: string;
  onFinished: () => void;
}

export function ImportProgressPanel({ importId, onFinished }: ImportProgressPanelProps) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(officialImportQuery, {
    variables: { id: importId },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const officialImport = data?.officialImport;
  const finished = officialImport ? isFinishedImportStatus(officialImport.status) : false;

  useEffect(() => {
    if (finished) {
      stopPolling();
      onFinished();
    } else {
      startPolling(IMPORT_POLL_INTERVAL_MS);
    }
    return () => stopPolling();
  }, [finished, startPolling, stopPolling, onFinished]);

  if (!officialImport) {
    return (
      <Card title={t('admin.imports.progressTitle')}>
        <QueryError error={error} />
        {!error && <p role="status">{t('common.loading')}</p>}
      </Card>
    );
  }

  const percent = displayedImportPercent(officialImport.status, officialImport.percent);

  return (
    <Card title={t('admin.imports.progressTitle')} data-testid="import-panel" data-import-id={officialImport.id}>
      <p>
        <strong>{officialImport.fileName}</strong>
      </p>
      <p role="status" data-testid="import-status" data-status={officialImport.status}>
        {t(`importStatus.${officialImport.status}`)}
        {officialImport.totalRows > 0 && ` · ${t('admin.imports.rowsProcessed', { processed: officialImport.processedRows, total: officialImport.totalRows })}`}
      </p>
      <ProgressBar value={percent} label={t('admin.imports.progressLabel')} data-testid="import-progress" />
      <dl className="hs-stat-list">
        <div>
          <dt>{t('admin.imports.created')}</dt>
          <dd data-testid="import-created-count">{officialImport.createdCount}</dd>
        </div>
        <div>
          <dt>{t('admin.imports.updated')}</dt>
          <dd data-testid="import-updated-count">{officialImport.updatedCount}</dd>
        </div>
        <div>
          <dt>{t('admin.imports.rejected')}</dt>
          <dd data-testid="import-rejected-count">{officialImport.rejectedCount}</dd>
        </div>
      </dl>
      {officialImport.status === 'FAILED' && <Alert tone="error">{officialImport.error ?? t('admin.imports.failedWithoutReason')}</Alert>}
      {officialImport.status === 'COMPLETED' && officialImport.rejectedCount === 0 && <Alert tone="success">{t('admin.imports.completedClean')}</Alert>}
      {officialImport.rejectedRows.length > 0 && (
        <RejectedRowsTable importId={officialImport.id} rejectedCount={officialImport.rejectedCount} firstPage={officialImport.rejectedRows} />
      )}
      {finished && officialImport.rejectedCount > 0 && <RejectedRowsDownloadButton importId={officialImport.id} />}
    </Card>
  );
}
