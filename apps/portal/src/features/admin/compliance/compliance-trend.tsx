import type { ComplianceTrendQuery } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { formatRate, trendLayout } from './compliance-chart-geometry';

const WIDTH = 360;
const HEIGHT = 160;

/** The unit's completion rate day by day (the worker's daily snapshots) as a line, with the first and last values written out. */
export function ComplianceTrend({ points }: { points: ComplianceTrendQuery['complianceTrend'] }) {
  const { t, i18n } = useTranslation();
  const layout = trendLayout(points, WIDTH, HEIGHT);
  if (layout.points.length === 0) return <p className="hs-muted" data-testid="compliance-trend-empty">{t('admin.compliance.trendEmpty')}</p>;
  const first = layout.points[0];
  const last = layout.points[layout.points.length - 1];
  const summary = t('admin.compliance.trendSummary', { from: first.day, to: last.day, first: formatRate(first.percent / 100, i18n.language), last: formatRate(last.percent / 100, i18n.language) });
  const bottom = layout.plot.top + layout.plot.height;
  return (
    <figure className="hs-stack hs-exam-figure" data-testid="compliance-trend">
      <svg className="hs-compliance-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t('admin.compliance.trendTitle')}: ${summary}`}>
        {layout.ticks.map((tick) => (
          <g key={tick.percent}>
            <line className="hs-compliance-chart__grid" x1={layout.plot.left} x2={layout.plot.left + layout.plot.width} y1={tick.y} y2={tick.y} />
            <text className="hs-exam-chart__label" x={layout.plot.left - 4} y={tick.y + 3} textAnchor="end">
              {tick.percent}%
            </text>
          </g>
        ))}
        <polyline className="hs-compliance-chart__line" points={layout.points.map((point) => `${point.x},${point.y}`).join(' ')} />
        {layout.points.map((point) => (
          <circle key={point.day} className="hs-compliance-chart__dot" cx={point.x} cy={point.y} r={2.5}>
            <title>{`${point.day}: ${formatRate(point.percent / 100, i18n.language)}`}</title>
          </circle>
        ))}
        <text className="hs-exam-chart__label" x={layout.plot.left} y={bottom + 14}>
          {first.day}
        </text>
        <text className="hs-exam-chart__label" x={layout.plot.left + layout.plot.width} y={bottom + 14} textAnchor="end">
          {last.day}
        </text>
      </svg>
      <figcaption className="hs-muted" data-testid="compliance-trend-summary">{summary}</figcaption>
    </figure>
  );
}
