import type { OfficialImportsQuery } from '@hocso/portal-data-access';
import { Button, Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export type PastImport = OfficialImportsQuery['officialImports'][number];

export interface PastImportsTableProps {
  imports: readonly PastImport[];
  onOpen: (importId: string) => void;
}

export function PastImportsTable({ imports, onOpen }: PastImportsTableProps) {
  const { t, i18n } = useTranslation();
  const formatDate = (value: string) => new Date(value).toLocaleString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Table
      caption={t('admin.imports.historyTitle')}
      emptyMessage={t('admin.imports.historyEmpty')}
      rows={imports}
      rowKey={(row) => row.id}
      rowTestId="import-history-row"
      columns={[
        { key: 'file', header: t('admin.imports.fileName'), render: (row) => row.fileName },
        { key: 'status', header: t('admin.imports.status'), render: (row) => t(`importStatus.${row.status}`) },
        { key: 'created', header: t('admin.imports.created'), render: (row) => row.createdCount, numeric: true },
        { key: 'updated', header: t('admin.imports.updated'), render: (row) => row.updatedCount, numeric: true },
        { key: 'rejected', header: t('admin.imports.rejected'), render: (row) => row.rejectedCount, numeric: true },
        { key: 'startedAt', header: t('admin.imports.startedAt'), render: (row) => formatDate(row.createdAt) },
        {
          key: 'open',
          header: t('admin.imports.details'),
          render: (row) => (
            <Button variant="link" onClick={() => onOpen(row.id)}>
              {t('admin.imports.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
