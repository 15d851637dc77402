import { isStorableText, unstorableCharacterIn } from './unstorable-character';

describe('characters PostgreSQL cannot store', () => {
  it('accepts any well-formed text, astral characters included', () => {
    for (const text of ['', 'Tiếng Việt', '😀 chuyển đổi số', 'dòng 1\ndòng 2', '\u0001\u007f']) {
      expect(isStorableText(text)).toBe(true);
      expect(unstorableCharacterIn(text, 'title')).toBeNull();
    }
  });

  it('refuses a NUL or a lone surrogate with the field, and with the line in a text of several lines', () => {
    const refusal = (text: string) => {
      const error = unstorableCharacterIn(text, 'content');
      return error && { code: error.code, field: error.field, reason: error.reason, params: error.params };
    };
    expect(refusal('a\u0000b')).toEqual({ code: 'BAD_USER_INPUT', field: 'content', reason: 'input.nulCharacter', params: { field: 'content' } });
    expect(refusal('a\ud800b')).toMatchObject({ reason: 'input.brokenCharacter' });
    expect(refusal('a\udc00')).toMatchObject({ reason: 'input.brokenCharacter' });
    expect(refusal('1\n2\n3\ud83d')).toMatchObject({ reason: 'input.brokenCharacterAtLine', params: { line: 3 } });
    expect(refusal('1\n2\u0000\n3\ud83d')).toMatchObject({ reason: 'input.nulCharacterAtLine', params: { line: 2 } });
    expect(isStorableText('\ud83d\ude00')).toBe(true);
  });
});
