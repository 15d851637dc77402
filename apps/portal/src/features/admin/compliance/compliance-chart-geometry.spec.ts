import { describe, expect, it } from '@jest/globals';
import { formatRate, trendLayout } from './compliance-chart-geometry';

describe('trendLayout', () => {
  it('spreads the measured days over the width, 100 % at the top, and leaves out days with nobody required', () => {
    const layout = trendLayout([{ day: '2026-11-29', rate: 0.5 }, { day: '2026-11-30', rate: null }, { day: '2026-12-01', rate: 1 }], 200, 100);
    expect(layout.points.map((point) => [point.day, point.percent])).toEqual([['2026-11-29', 50], ['2026-12-01', 100]]);
    expect(layout.points[0].x).toBe(layout.plot.left);
    expect(layout.points[1].x).toBe(layout.plot.left + layout.plot.width);
    expect(layout.points[1].y).toBe(layout.plot.top);
    expect(layout.ticks.find((tick) => tick.percent === 0)?.y).toBe(layout.plot.top + layout.plot.height);
  });

  it('puts a single day in the middle', () => {
    const layout = trendLayout([{ day: '2026-12-01', rate: 0.862 }], 200, 100);
    expect(layout.points).toEqual([expect.objectContaining({ x: layout.plot.left + layout.plot.width / 2, percent: 86.2 })]);
  });
});

describe('formatRate', () => {
  it('writes one decimal in the reader\'s language', () => {
    expect(formatRate(2061 / 2392, 'vi')).toMatch(/^86,2\s?%$/);
    expect(formatRate(2061 / 2392, 'en')).toBe('86.2%');
  });
});
