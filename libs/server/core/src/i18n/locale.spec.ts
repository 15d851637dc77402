import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi'],
    ['fr-FR,fr;q=0.9', 'vi'],
    ['fr;q=0.9,en;q=0.8', 'en'],
    ['en;q=0.5,vi;q=0.8', 'vi'],
    ['en;q=0,vi;q=0', 'vi'],
    ['*', 'vi'],
    ['en;q=abc', 'vi'],
    [';;;,,,', 'vi'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('reads only the start of an absurdly long header', () => {
    expect(negotiateLocale(`${'x-y;q=0.1,'.repeat(100_000)}en`)).toBe('vi');
  });
});
