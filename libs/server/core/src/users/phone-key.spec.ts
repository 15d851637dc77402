import { phoneKey } from './phone-key';

describe('phoneKey', () => {
  it.each(['0912 345 678', '+84 912 345 678', '84912345678', '0912.345.678', '(091) 234-5678', '+84912345678'])('reads %s as +84912345678', (raw) => {
    expect(phoneKey(raw)).toBe('+84912345678');
  });

  it.each(['0352 345 678', '0701 234 567', '0987 654 321', '0868 123 456'])('accepts the mobile number %s', (raw) => {
    expect(phoneKey(raw)).toMatch(/^\+84\d{9}$/);
  });

  it.each([
    ['a landline', '028 3823 4567'],
    ['an old 11-digit prefix', '0123 456 7890'],
    ['too short', '0912 345'],
    ['a foreign number', '+33 6 12 34 56 78'],
    ['letters', '0912 abc 678'],
    ['an email', 'an@bentre.gov.vn'],
    ['empty', '   '],
  ])('refuses %s', (_what, raw) => {
    expect(phoneKey(raw)).toBeNull();
  });
});
