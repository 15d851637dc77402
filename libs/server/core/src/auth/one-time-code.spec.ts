import { newOneTimeCode, OneTimeCodeHasher, typedCode } from './one-time-code';

describe('one-time codes', () => {
  const hasher = new OneTimeCodeHasher('a-secret-of-at-least-thirty-two-characters');

  it('has six digits for a reset and eight for an activation', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(newOneTimeCode('PASSWORD_RESET')).toMatch(/^\d{6}$/);
      expect(newOneTimeCode('ACTIVATION')).toMatch(/^\d{8}$/);
    }
  });

  it('matches only the same code of the same account and purpose', () => {
    const stored = hasher.hash('user-1', 'PASSWORD_RESET', '012345');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(hasher.matches(stored, 'user-1', 'PASSWORD_RESET', '012345')).toBe(true);
    expect(hasher.matches(stored, 'user-1', 'PASSWORD_RESET', '012346')).toBe(false);
    expect(hasher.matches(stored, 'user-2', 'PASSWORD_RESET', '012345')).toBe(false);
    expect(hasher.matches(stored, 'user-1', 'ACTIVATION', '012345')).toBe(false);
    expect(new OneTimeCodeHasher('another-secret-of-thirty-two-characters!').matches(stored, 'user-1', 'PASSWORD_RESET', '012345')).toBe(false);
  });

  it('reads a printed code typed with spaces or dashes', () => {
    expect(typedCode(' 1234 5678 ')).toBe('12345678');
    expect(typedCode('1234-5678')).toBe('12345678');
  });
});
