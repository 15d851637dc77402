export interface HistogramBin {
  fromPercent: number;
  toPercent: number;
  count: number;
}

export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  bin: HistogramBin;
  /** The bin lies below the pass mark. */
  belowPass: boolean;
}

export interface HistogramLayout {
  bars: HistogramBar[];
  /** Count at the top of the chart: a round number at or above the tallest bar. */
  maxCount: number;
  /** Counts to label on the vertical axis, bottom to top. */
  ticks: Array<{ count: number; y: number }>;
  passX: number | null;
  plot: { left: number; top: number; width: number; height: number };
}

/** The smallest of 1, 2, 5, 10, 20, 50… at or above `value`. */
export function roundUp(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * magnitude).find((candidate) => candidate >= value) ?? 10 * magnitude;
}

/** Bars of the score histogram in an SVG of `width` × `height`, axes at the left and bottom. */
export function histogramLayout(bins: readonly HistogramBin[], width: number, height: number, passPercent: number | null): HistogramLayout {
  const plot = { left: 32, top: 8, width: width - 40, height: height - 32 };
  const maxCount = roundUp(Math.max(0, ...bins.map((bin) => bin.count)));
  const low = bins.length ? Math.min(...bins.map((bin) => bin.fromPercent)) : 0;
  const high = bins.length ? Math.max(...bins.map((bin) => bin.toPercent)) : 100;
  const span = high - low || 1;
  const xOf = (percent: number) => plot.left + ((percent - low) / span) * plot.width;
  const bars = bins.map((bin) => {
    const barHeight = (bin.count / maxCount) * plot.height;
    const x = xOf(bin.fromPercent) + 1;
    return { x, y: plot.top + plot.height - barHeight, width: Math.max(0, xOf(bin.toPercent) - x - 1), height: barHeight, bin, belowPass: passPercent !== null && bin.toPercent <= passPercent };
  });
  const tickStep = maxCount <= 5 ? 1 : maxCount / 5;
  const ticks: HistogramLayout['ticks'] = [];
  for (let count = 0; count <= maxCount; count += tickStep) ticks.push({ count, y: plot.top + plot.height - (count / maxCount) * plot.height });
  const passX = passPercent !== null && passPercent >= low && passPercent <= high ? xOf(passPercent) : null;
  return { bars, maxCount, ticks, passX, plot };
}
