import { useQuery } from '@apollo/client/react';
import { complianceLevelReportQuery } from '@hocso/portal-data-access';
import { ProgressBar, Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { formatRate } from './compliance-chart-geometry';

/** The plan's table: by level (province, district, heads of public service units), over the unit shown. */
export function ComplianceLevels({ orgUnitId, requirementId }: { orgUnitId: string | null; requirementId: string | null }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(complianceLevelReportQuery, { variables: { orgUnitId, requirementId }, fetchPolicy: 'cache-and-network' });
  const report = data?.complianceLevelReport;
  const rate = (value: number | null | undefined, name: string) =>
    value === null || value === undefined ? t('admin.compliance.nobodyRequired') : <ProgressBar value={value * 100} label={t('admin.compliance.rateOf', { name })} />;
  return (
    <section className="hs-stack" data-testid="compliance-levels">
      <h2>{t('admin.compliance.levelsTitle')}</h2>
      <QueryError error={error} />
      {report && (
        <>
          <p data-testid="compliance-levels-total">
            {t('admin.compliance.levelsTotal', { completed: report.total.completed, required: report.total.required, rate: report.total.rate === null || report.total.rate === undefined ? '—' : formatRate(report.total.rate, i18n.language) })}
          </p>
          <Table
            caption={t('admin.compliance.levelsCaption')}
            emptyMessage={t('admin.compliance.levelsEmpty')}
            rows={report.rows}
            rowKey={(row) => row.levelCode}
            rowTestId="compliance-level-row"
            columns={[
              { key: 'level', header: t('admin.compliance.level'), render: (row) => row.levelName },
              { key: 'completed', header: t('admin.compliance.completedOfRequired'), render: (row) => `${row.completed}/${row.required}`, numeric: true },
              { key: 'rate', header: t('admin.compliance.rate'), render: (row) => (row.rate === null || row.rate === undefined ? '—' : formatRate(row.rate, i18n.language)), numeric: true },
              { key: 'bar', header: t('admin.compliance.rateBar'), render: (row) => rate(row.rate, row.levelName) },
            ]}
          />
        </>
      )}
    </section>
  );
}
