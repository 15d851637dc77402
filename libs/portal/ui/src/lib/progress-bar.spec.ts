import { describe, expect, it } from '@jest/globals';
import { clampPercent } from './progress-bar';

describe('clampPercent', () => {
  it('maps a value to a whole percent within bounds', () => {
    expect(clampPercent(50, 0, 200)).toBe(25);
    expect(clampPercent(-5, 0, 100)).toBe(0);
    expect(clampPercent(150, 0, 100)).toBe(100);
    expect(clampPercent(Number.NaN, 0, 100)).toBe(0);
    expect(clampPercent(5, 10, 10)).toBe(0);
  });
});
