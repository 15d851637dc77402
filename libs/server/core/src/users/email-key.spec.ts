import { emailKey } from './email-key';

describe('emailKey', () => {
  it('spells an address one way: NFC, trimmed, lower case', () => {
    const decomposed = 'Nguyễn.Văn@Bến-Tre.vn'.normalize('NFD');
    expect(emailKey(`  ${decomposed} `)).toBe('nguyễn.văn@bến-tre.vn'.normalize('NFC'));
    expect(emailKey('\tAn@Test.VN\n')).toBe('an@test.vn');
    expect(emailKey('   ')).toBe('');
  });
});
