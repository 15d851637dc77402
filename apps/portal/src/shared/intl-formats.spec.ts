import { describe, expect, it } from '@jest/globals';
import { dateTimeFormat, numberFormat } from './intl-formats';

describe('formatters made once per locale and options', () => {
  it('gives the same formatter for the same locale and options, another for other options, and formats as Intl does', () => {
    expect(numberFormat('vi', { maximumFractionDigits: 2 })).toBe(numberFormat('vi', { maximumFractionDigits: 2 }));
    expect(numberFormat('vi', { maximumFractionDigits: 1 })).not.toBe(numberFormat('vi', { maximumFractionDigits: 2 }));
    expect(numberFormat('vi', { maximumFractionDigits: 2 }).format(1234.5)).toBe(new Intl.NumberFormat('vi', { maximumFractionDigits: 2 }).format(1234.5));
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5');
    const day = new Date('2027-03-31T12:00:00Z');
    expect(dateTimeFormat('vi', { timeZone: 'UTC', dateStyle: 'short' }).format(day)).toBe(new Intl.DateTimeFormat('vi', { timeZone: 'UTC', dateStyle: 'short' }).format(day));
    expect(dateTimeFormat('en', { timeZone: 'UTC' })).toBe(dateTimeFormat('en', { timeZone: 'UTC' }));
  });
});
