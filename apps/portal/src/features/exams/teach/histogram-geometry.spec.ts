import { describe, expect, it } from '@jest/globals';
import { histogramLayout, roundUp } from './histogram-geometry';

const TEN_BINS = Array.from({ length: 10 }, (_, index) => ({ fromPercent: index * 10, toPercent: index * 10 + 10, count: [0, 0, 1, 2, 3, 7, 5, 4, 2, 1][index] ?? 0 }));

describe('histogram layout', () => {
  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 48, 230].map(roundUp)).toEqual([1, 1, 5, 10, 10, 20, 50, 500]);
  });

  it('draws ten bars side by side, each as tall as its count against the scale', () => {
    const layout = histogramLayout(TEN_BINS, 440, 232, 50);
    expect(layout.maxCount).toBe(10);
    expect(layout.plot).toEqual({ left: 32, top: 8, width: 400, height: 200 });
    expect(layout.bars.map((bar) => Math.round(bar.height))).toEqual([0, 0, 20, 40, 60, 140, 100, 80, 40, 20]);
    expect(layout.bars[5]).toMatchObject({ x: 233, y: 68, width: 38 });
    expect(layout.bars.filter((bar) => bar.belowPass).map((bar) => bar.bin.fromPercent)).toEqual([0, 10, 20, 30, 40]);
    expect(layout.passX).toBe(232);
    expect(layout.ticks.map((tick) => tick.count)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('draws an empty chart when nobody has been graded', () => {
    const layout = histogramLayout(TEN_BINS.map((bin) => ({ ...bin, count: 0 })), 440, 232, null);
    expect(layout.maxCount).toBe(1);
    expect(layout.bars.every((bar) => bar.height === 0)).toBe(true);
    expect(layout.passX).toBeNull();
  });
});
