import { useMutation } from '@apollo/client/react';
import { startOfficialImportMutation } from '@hocso/portal-data-access';
import { Button, Card, Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { downloadText } from '../../question-bank/download-text';
import type { PreviewedFile } from './import-upload-form';

export interface ImportPreviewPanelProps {
  file: PreviewedFile;
  onStarted: (importId: string) => void;
  onCancel: () => void;
}

/** What the file would create, update and reject; confirming imports the same file, and the rejected rows download as CSV. */
export function ImportPreviewPanel({ file, onStarted, onCancel }: ImportPreviewPanelProps) {
  const { t } = useTranslation();
  const [startImport, { loading }] = useMutation(startOfficialImportMutation);
  const { error, showError, clearError } = useDisplayError();
  const { preview } = file;

  const confirm = async () => {
    clearError();
    try {
      const result = await startImport({ variables: { input: { fileName: file.fileName, contentBase64: file.contentBase64 } } });
      if (result.data) onStarted(result.data.startOfficialImport.id);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <Card title={t('admin.imports.previewTitle')} data-testid="import-preview">
      <p className="hs-muted">{t('admin.imports.previewLead')}</p>
      <p role="status" data-testid="import-preview-counts">
        {t('admin.imports.previewCounts', { total: preview.totalRows, create: preview.createCount, update: preview.updateCount, rejected: preview.rejectedCount })}
      </p>
      <FormError error={error} />
      <div className="hs-row">
        {preview.createCount + preview.updateCount > 0 ? (
          <Button busy={loading} onClick={() => void confirm()} data-testid="import-confirm">
            {t('admin.imports.confirm')}
          </Button>
        ) : (
          <p>{t('admin.imports.nothingToImport')}</p>
        )}
        <Button variant="secondary" onClick={onCancel} data-testid="import-preview-cancel">
          {t('admin.imports.chooseAnother')}
        </Button>
      </div>
      {preview.rejectedRowsCsv && (
        <div className="hs-stack">
          <Table
            caption={t('admin.imports.rejectedRowsTitle')}
            columns={[
              { key: 'row', header: t('admin.imports.row'), render: (row) => row.row, numeric: true },
              { key: 'field', header: t('admin.imports.field'), render: (row) => row.field ?? '—' },
              { key: 'reason', header: t('admin.imports.reason'), render: (row) => row.message },
            ]}
            rows={preview.rejectedRows}
            rowKey={(row) => `${row.row}-${row.field ?? ''}`}
            rowTestId="import-preview-rejected-row"
          />
          {preview.rejectedRows.length < preview.rejectedCount && (
            <p className="hs-muted">{t('admin.imports.rejectedRowsShown', { shown: preview.rejectedRows.length, total: preview.rejectedCount })}</p>
          )}
          <p className="hs-muted">{t('admin.imports.rejectedFixHint')}</p>
          <Button
            variant="secondary"
            onClick={() => downloadText(preview.rejectedRowsCsv ?? '', t('admin.imports.rejectedFileName'), 'text/csv')}
            data-testid="import-preview-download-rejected"
          >
            {t('admin.imports.downloadRejected')}
          </Button>
        </div>
      )}
      {preview.changes.length > 0 && (
        <Table
          caption={t('admin.imports.changesTitle')}
          columns={[
            { key: 'row', header: t('admin.imports.row'), render: (row) => row.row, numeric: true },
            { key: 'outcome', header: t('admin.imports.outcome'), render: (row) => t(`admin.imports.outcomes.${row.outcome}`) },
            { key: 'name', header: t('admin.users.fullName'), render: (row) => row.fullName },
            { key: 'email', header: t('admin.users.email'), render: (row) => row.email ?? '—' },
            { key: 'phone', header: t('admin.users.phone'), render: (row) => row.phone ?? '—' },
            { key: 'unit', header: t('admin.imports.orgUnitCode'), render: (row) => row.orgUnitCode },
          ]}
          rows={preview.changes}
          rowKey={(row) => String(row.row)}
          rowTestId="import-preview-change"
        />
      )}
      {preview.changes.length < preview.createCount + preview.updateCount && (
        <p className="hs-muted">{t('admin.imports.changesShown', { shown: preview.changes.length, total: preview.createCount + preview.updateCount })}</p>
      )}
    </Card>
  );
}
