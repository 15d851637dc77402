import { useApolloClient } from '@apollo/client/react';
import { officialImportRejectedRowsQuery, type RejectedRowFieldsFragment } from '@hocso/portal-data-access';
import { Button, Table } from '@hocso/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';

/** Rows fetched per "show more": the most the API answers in one page. */
export const REJECTED_ROWS_PAGE_SIZE = 500;

export interface RejectedRowsTableProps {
  importId: string;
  rejectedCount: number;
  /** The first page, which comes with the import itself. */
  firstPage: readonly RejectedRowFieldsFragment[];
}

/** The rejected rows of an import, a page at a time: an import of 50,000 rows can reject them all. */
export function RejectedRowsTable({ importId, rejectedCount, firstPage }: RejectedRowsTableProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [more, setMore] = useState<RejectedRowFieldsFragment[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setMore([]), [importId]);

  const rows = [...firstPage, ...more];
  const showMore = async () => {
    setLoading(true);
    setError(null);
    try {
      const result = await client.query({
        query: officialImportRejectedRowsQuery,
        variables: { id: importId, first: REJECTED_ROWS_PAGE_SIZE, after: rows.at(-1)?.row ?? null },
        fetchPolicy: 'no-cache',
      });
      if (result.error) throw result.error;
      const page = result.data?.officialImport?.rejectedRows ?? [];
      setMore((loaded) => [...loaded, ...page]);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="hs-stack">
      <Table
        caption={t('admin.imports.rejectedRowsTitle')}
        columns={[
          { key: 'row', header: t('admin.imports.row'), render: (row) => row.row, numeric: true },
          { key: 'field', header: t('admin.imports.field'), render: (row) => row.field ?? '—', nowrap: true },
          { key: 'reason', header: t('admin.imports.reason'), render: (row) => row.message },
        ]}
        rows={rows}
        rowKey={(row) => `${row.row}-${row.field ?? ''}-${row.reason ?? row.message}`}
        rowTestId="import-rejected-row"
      />
      <QueryError error={error} />
      {rows.length < rejectedCount && (
        <p className="hs-row">
          <span data-testid="import-rejected-shown">{t('admin.imports.rejectedRowsShown', { shown: rows.length, total: rejectedCount })}</span>
          <Button variant="secondary" busy={loading} onClick={() => void showMore()} data-testid="import-rejected-more">
            {t('admin.imports.showMoreRejected')}
          </Button>
        </p>
      )}
    </div>
  );
}
