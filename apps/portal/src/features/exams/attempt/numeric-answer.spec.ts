import { describe, expect, it } from '@jest/globals';
import { formatTypedNumber, parseTypedNumber } from './numeric-answer';

describe('typed numbers', () => {
  it('reads a decimal comma or point, signs and exponents', () => {
    expect(parseTypedNumber('3,5')).toBe(3.5);
    expect(parseTypedNumber(' 3.5 ')).toBe(3.5);
    expect(parseTypedNumber('-2')).toBe(-2);
    expect(parseTypedNumber('+.5')).toBe(0.5);
    expect(parseTypedNumber('1e3')).toBe(1000);
    expect(parseTypedNumber('1.000')).toBe(1);
  });

  it('refuses what is not one number', () => {
    for (const text of ['', '  ', 'abc', '1,2,3', '1.2,3', '3..5', '--1', 'Infinity', '0x10', '1e999']) expect(parseTypedNumber(text)).toBeNull();
  });

  it('shows a saved number back in the language of the screen', () => {
    expect(formatTypedNumber(3.5, 'vi')).toBe('3,5');
    expect(formatTypedNumber(3.5, 'en')).toBe('3.5');
    expect(formatTypedNumber(12345, 'vi')).toBe('12345');
  });
});
