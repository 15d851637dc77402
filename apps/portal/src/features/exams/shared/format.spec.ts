import { describe, expect, it } from '@jest/globals';
import { formatPercent, formatPoints, minutesOf } from './format';

describe('exam formats', () => {
  it('writes percentages and points with the decimal separator of the language', () => {
    expect(formatPercent(62.55, 'vi')).toBe('62,6 %');
    expect(formatPercent(62.55, 'en')).toBe('62.6 %');
    expect(formatPoints(7.125, 'vi')).toBe('7,13');
  });

  it('rounds durations up to whole minutes', () => {
    expect(minutesOf(90)).toBe(2);
    expect(minutesOf(1800)).toBe(30);
  });
});
