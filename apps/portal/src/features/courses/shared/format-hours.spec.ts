import { describe, expect, it } from '@jest/globals';
import { formatBytes, formatHours } from './format-hours';

describe('formatHours and formatBytes', () => {
  it('writes numbers the way each language does', () => {
    expect(formatHours(1.5, 'vi')).toBe('1,5');
    expect(formatHours(1.5, 'en')).toBe('1.5');
    expect(formatHours(8, 'vi')).toBe('8');
  });

  it('scales file sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(2048, 'en')).toBe('2 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
  });
});
