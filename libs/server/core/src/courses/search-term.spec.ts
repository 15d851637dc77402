import { normaliseSearchTerm } from './search-term';

describe('normaliseSearchTerm', () => {
  it('removes Vietnamese marks, including đ, and lower-cases', () => {
    expect(normaliseSearchTerm('An toàn thông tin')).toBe('an toan thong tin');
    expect(normaliseSearchTerm('ĐƯỜNG ĐI của Dữ liệu')).toBe('duong di cua du lieu');
    expect(normaliseSearchTerm('Kỹ năng số')).toBe('ky nang so');
  });

  it('treats precomposed (NFC) and decomposed (NFD) input alike', () => {
    const nfd = 'Chuyển đổi số'.normalize('NFD');
    expect(normaliseSearchTerm(nfd)).toBe(normaliseSearchTerm('Chuyển đổi số'));
    expect(normaliseSearchTerm(nfd)).toBe('chuyen doi so');
  });

  it('drops punctuation and collapses spaces', () => {
    expect(normaliseSearchTerm('  "an   toàn" , thông-tin!  ')).toBe('an toan thong tin');
  });

  it('means no search for empty or punctuation-only terms', () => {
    expect(normaliseSearchTerm(undefined)).toBeNull();
    expect(normaliseSearchTerm('')).toBeNull();
    expect(normaliseSearchTerm('  ,;  ')).toBeNull();
  });

  it('caps very long terms', () => {
    expect(normaliseSearchTerm('a'.repeat(1000))?.length).toBe(200);
  });
});
