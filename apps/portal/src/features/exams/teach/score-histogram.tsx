import { useTranslation } from 'react-i18next';
import { type HistogramBin, histogramLayout } from './histogram-geometry';

const WIDTH = 440;
const HEIGHT = 232;

export interface ScoreHistogramProps {
  bins: readonly HistogramBin[];
  passPercent: number;
}

/** The learners' scores in bins of 10 %, bars below the pass mark in the accent colour; plain SVG. */
export function ScoreHistogram({ bins, passPercent }: ScoreHistogramProps) {
  const { t } = useTranslation();
  const layout = histogramLayout(bins, WIDTH, HEIGHT, passPercent);
  const { plot } = layout;
  const bottom = plot.top + plot.height;
  const summary = bins.map((bin) => t('exams.statistics.binSummary', { from: bin.fromPercent, to: bin.toPercent, count: bin.count })).join('; ');
  return (
    <figure className="hs-stack hs-exam-figure" data-testid="score-histogram">
      <svg className="hs-exam-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t('exams.statistics.histogram')}: ${summary}`}>
        {layout.ticks.map((tick) => (
          <g key={tick.count}>
            <line className="hs-exam-chart__axis" x1={plot.left - 4} x2={plot.left} y1={tick.y} y2={tick.y} />
            <text className="hs-exam-chart__label" x={plot.left - 6} y={tick.y + 3} textAnchor="end">
              {tick.count}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect key={bar.bin.fromPercent} className={bar.belowPass ? 'hs-exam-chart__bar hs-exam-chart__bar--below' : 'hs-exam-chart__bar'} x={bar.x} y={bar.y} width={bar.width} height={bar.height} data-count={bar.bin.count}>
            <title>{t('exams.statistics.binSummary', { from: bar.bin.fromPercent, to: bar.bin.toPercent, count: bar.bin.count })}</title>
          </rect>
        ))}
        <line className="hs-exam-chart__axis" x1={plot.left} x2={plot.left + plot.width} y1={bottom} y2={bottom} />
        <line className="hs-exam-chart__axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} />
        {layout.bars.map((bar) => (
          <text key={`label-${bar.bin.fromPercent}`} className="hs-exam-chart__label" x={bar.x} y={bottom + 12}>
            {bar.bin.fromPercent}
          </text>
        ))}
        <text className="hs-exam-chart__label" x={plot.left + plot.width} y={bottom + 24} textAnchor="end">
          {t('exams.statistics.percentAxis')}
        </text>
        {layout.passX !== null && <line className="hs-exam-chart__pass" x1={layout.passX} x2={layout.passX} y1={plot.top} y2={bottom} />}
      </svg>
      <figcaption className="hs-muted">{t('exams.statistics.histogramCaption', { percent: passPercent })}</figcaption>
    </figure>
  );
}
