import { matchesWildcard } from './short-answer-match';

describe('matchesWildcard', () => {
  it('matches a * anywhere, several of them, and none', () => {
    expect(matchesWildcard('chuyển đổi số', 'chuyển*số', true)).toBe(true);
    expect(matchesWildcard('chuyển số', 'chuyển*số', true)).toBe(true);
    expect(matchesWildcard('abc', '*a*b*c*', true)).toBe(true);
    expect(matchesWildcard('acb', '*a*b*c*', true)).toBe(false);
    expect(matchesWildcard('aXbYa', 'a*b*a', true)).toBe(true);
    expect(matchesWildcard('aba', 'ab*ba', true)).toBe(false);
    expect(matchesWildcard('abc', 'abc', true)).toBe(true);
    expect(matchesWildcard('', '*', true)).toBe(true);
  });

  it('folds case letter by letter, Vietnamese and Greek final sigma included', () => {
    expect(matchesWildcard('ĐẶNG VĂN ƯỚC', 'đặng văn ước', false)).toBe(true);
    expect(matchesWildcard('ΟΔΟΣ', 'οδος', false)).toBe(true);
    expect(matchesWildcard('οδος', 'οδοσ', false)).toBe(true);
    expect(matchesWildcard('STRASSE', 'straße', false)).toBe(false);
    expect(matchesWildcard('ẞ', 'ß', false)).toBe(true);
    expect(matchesWildcard('Đặng', 'đặng', true)).toBe(false);
  });

  it('takes \\* as a literal star and every other character literally', () => {
    expect(matchesWildcard('5*3', '5\\*3', true)).toBe(true);
    expect(matchesWildcard('593', '5\\*3', true)).toBe(false);
    expect(matchesWildcard('a.c', 'a.c', true)).toBe(true);
    expect(matchesWildcard('abc', 'a.c', true)).toBe(false);
    expect(matchesWildcard('a+', 'a+', true)).toBe(true);
  });

  it('stays fast on a long response against an answer full of stars', () => {
    const started = Date.now();
    expect(matchesWildcard('a'.repeat(1_000), `${'*a'.repeat(500)}*b`, true)).toBe(false);
    expect(matchesWildcard('a'.repeat(1_000), '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', false)).toBe(false);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
