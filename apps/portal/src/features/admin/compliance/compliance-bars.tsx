import type { ComplianceReportQuery } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { formatRate } from './compliance-chart-geometry';

type Row = ComplianceReportQuery['complianceReport']['rows'][number];

const WIDTH = 360;
const ROW_HEIGHT = 34;

/** Completion by child unit as horizontal bars, each with its unit's name and rate written out (plain SVG). */
export function ComplianceBars({ rows }: { rows: readonly Row[] }) {
  const { t, i18n } = useTranslation();
  const measured = rows.filter((row) => row.rate !== null && row.rate !== undefined);
  if (measured.length === 0) return null;
  const height = measured.length * ROW_HEIGHT + 4;
  const summary = measured.map((row) => `${row.orgUnit.name}: ${formatRate(row.rate ?? 0, i18n.language)}`).join('; ');
  return (
    <figure className="hs-stack hs-exam-figure" data-testid="compliance-bars">
      <svg className="hs-compliance-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${t('admin.compliance.barsTitle')}: ${summary}`}>
        {measured.map((row, index) => {
          const y = index * ROW_HEIGHT;
          const value = formatRate(row.rate ?? 0, i18n.language);
          return (
            <g key={row.orgUnit.id} data-testid="compliance-bar">
              <text className="hs-compliance-chart__name" x={0} y={y + 12}>
                {row.orgUnit.name}
              </text>
              <rect className="hs-compliance-chart__track" x={0} y={y + 17} width={WIDTH - 56} height={10} rx={2} />
              <rect className="hs-exam-chart__bar" x={0} y={y + 17} width={(WIDTH - 56) * (row.rate ?? 0)} height={10} rx={2} />
              <text className="hs-compliance-chart__value" x={WIDTH} y={y + 26} textAnchor="end">
                {value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="hs-muted">{t('admin.compliance.barsTitle')}</figcaption>
    </figure>
  );
}
