import type { ComplianceReportQuery } from '@hocso/portal-data-access';
import { Button, ProgressBar, Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

type Report = ComplianceReportQuery['complianceReport'];

export interface ComplianceRowsProps {
  total: Report['total'];
  rows: Report['rows'];
  onOpen: (orgUnitId: string) => void;
  /** Back to the parent unit, when there is one the reader may see. */
  onUp?: () => void;
}

export function ComplianceRows({ total, rows, onOpen, onUp }: ComplianceRowsProps) {
  const { t } = useTranslation();
  const rate = (value: number | null | undefined, name: string) =>
    value === null || value === undefined ? t('admin.compliance.nobodyRequired') : <ProgressBar value={value * 100} label={t('admin.compliance.rateOf', { name })} />;
  return (
    <>
      <h2>{total.orgUnit.name}</h2>
      <p data-testid="compliance-total">
        {t('admin.compliance.totalLine', { completed: total.completed, required: total.required, overdue: total.overdue })}
      </p>
      {rate(total.rate, total.orgUnit.name)}
      {onUp && (
        <Button variant="link" onClick={onUp}>
          {t('admin.compliance.up')}
        </Button>
      )}
      <Table
        caption={t('admin.compliance.byUnit')}
        emptyMessage={t('admin.compliance.noChildUnits')}
        rows={rows}
        rowKey={(row) => row.orgUnit.id}
        rowTestId="compliance-row"
        columns={[
          {
            key: 'unit',
            header: t('admin.compliance.unit'),
            render: (row) =>
              row.orgUnit.childCount > 0 ? (
                <Button variant="link" onClick={() => onOpen(row.orgUnit.id)}>
                  {row.orgUnit.name}
                </Button>
              ) : (
                row.orgUnit.name
              ),
          },
          { key: 'required', header: t('admin.compliance.required'), render: (row) => row.required, numeric: true },
          { key: 'completed', header: t('admin.compliance.completed'), render: (row) => row.completed, numeric: true },
          { key: 'overdue', header: t('admin.compliance.overdue'), render: (row) => row.overdue, numeric: true },
          { key: 'rate', header: t('admin.compliance.rate'), render: (row) => rate(row.rate, row.orgUnit.name) },
        ]}
      />
    </>
  );
}
