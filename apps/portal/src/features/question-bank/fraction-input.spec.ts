import { describe, expect, it } from '@jest/globals';
import { formatFractionPercent, parseDecimalInput, parseFractionInput, roundFraction } from './fraction-input';

describe('parseFractionInput', () => {
  it('reads percentages with or without the sign, negative ones and decimal commas', () => {
    expect(parseFractionInput('100')).toEqual({ ok: true, fraction: 1 });
    expect(parseFractionInput(' 50 % ')).toEqual({ ok: true, fraction: 0.5 });
    expect(parseFractionInput('-100%')).toEqual({ ok: true, fraction: -1 });
    expect(parseFractionInput('33,33333')).toEqual({ ok: true, fraction: 0.3333333 });
    expect(parseFractionInput('-33.333333')).toEqual({ ok: true, fraction: -0.3333333 });
    expect(parseFractionInput('12.5')).toEqual({ ok: true, fraction: 0.125 });
  });

  it('reads ratios as Moodle stores them (7 decimals)', () => {
    expect(parseFractionInput('1/3')).toEqual({ ok: true, fraction: 0.3333333 });
    expect(parseFractionInput('-1/2')).toEqual({ ok: true, fraction: -0.5 });
    expect(parseFractionInput('2/3')).toEqual({ ok: true, fraction: 0.6666667 });
  });

  it('takes an empty grade as 0 %', () => {
    expect(parseFractionInput('')).toEqual({ ok: true, fraction: 0 });
    expect(parseFractionInput('   ')).toEqual({ ok: true, fraction: 0 });
    expect(parseFractionInput('-0')).toEqual({ ok: true, fraction: 0 });
  });

  it('refuses what is not a grade', () => {
    expect(parseFractionInput('abc')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseFractionInput('50%%')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseFractionInput('1/0')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseFractionInput('1e2')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseFractionInput('150')).toEqual({ ok: false, reason: 'outOfRange' });
    expect(parseFractionInput('-101')).toEqual({ ok: false, reason: 'outOfRange' });
    expect(parseFractionInput('3/2')).toEqual({ ok: false, reason: 'outOfRange' });
  });
});

describe('formatFractionPercent', () => {
  it('shows fractions as the percentages a trainer typed', () => {
    expect(formatFractionPercent(1)).toBe('100');
    expect(formatFractionPercent(0.3333333)).toBe('33.33333');
    expect(formatFractionPercent(-0.5)).toBe('-50');
    expect(formatFractionPercent(-0)).toBe('0');
    expect(parseFractionInput(formatFractionPercent(0.1428571))).toEqual({ ok: true, fraction: 0.1428571 });
  });

  it('rounds like the API', () => {
    expect(roundFraction(33.33333 / 100)).toBe(0.3333333);
    expect(roundFraction(-0.00000001)).toBe(0);
  });
});

describe('parseDecimalInput', () => {
  it('reads dots, decimal commas and exponents', () => {
    expect(parseDecimalInput('3.14')).toBe(3.14);
    expect(parseDecimalInput('3,14')).toBe(3.14);
    expect(parseDecimalInput('-2')).toBe(-2);
    expect(parseDecimalInput('1e3')).toBe(1000);
    expect(parseDecimalInput('')).toBeNull();
    expect(parseDecimalInput('1,000,000')).toBeNull();
    expect(parseDecimalInput('x')).toBeNull();
  });
});
