import { numberFormat } from '../../../shared/intl-formats';
export interface TrendSample {
  day: string;
  rate: number | null;
}

export interface TrendLayout {
  /** The SVG polyline's points, left to right; days without anyone required are left out. */
  points: Array<{ x: number; y: number; day: string; percent: number }>;
  plot: { left: number; top: number; width: number; height: number };
  /** The y of 0 %, 50 % and 100 %. */
  ticks: Array<{ percent: number; y: number }>;
}

/** Where the trend's points go in a `width` × `height` box: days evenly spaced, the rate from 0 % (bottom) to 100 %. */
export function trendLayout(samples: readonly TrendSample[], width: number, height: number): TrendLayout {
  const plot = { left: 34, top: 8, width: width - 42, height: height - 30 };
  const measured = samples.filter((sample): sample is { day: string; rate: number } => sample.rate !== null);
  const step = measured.length > 1 ? plot.width / (measured.length - 1) : 0;
  const yOf = (percent: number) => plot.top + plot.height * (1 - percent / 100);
  return {
    plot,
    ticks: [0, 50, 100].map((percent) => ({ percent, y: yOf(percent) })),
    points: measured.map((sample, index) => {
      const percent = Math.round(sample.rate * 1000) / 10;
      return { x: measured.length > 1 ? plot.left + index * step : plot.left + plot.width / 2, y: yOf(percent), day: sample.day, percent };
    }),
  };
}

/** One decimal, as the plan's table writes rates ("86,2 %" in Vietnamese). */
export function formatRate(rate: number, locale: string): string {
  return numberFormat(locale === 'en' ? 'en' : 'vi', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}
