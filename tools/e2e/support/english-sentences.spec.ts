import { readFileSync } from 'node:fs';
import path from 'node:path';
import { englishSentences } from './english-sentences';

describe('englishSentences', () => {
  it('finds the English sentences of a screen, one per line or sentence', () => {
    const screen = [
      'Đăng nhập',
      'Email or password is incorrect',
      'Họ và tên: Nguyễn Thị Mai. The file is larger than the 20 MB limit. Thử lại sau.',
      'Unknown org unit code "KHONG-CO"',
      'Too many sign-in attempts. Try again in 15 minute(s).',
    ].join('\n');
    expect(englishSentences(screen)).toEqual([
      'Email or password is incorrect',
      'The file is larger than the 20 MB limit.',
      'Unknown org unit code "KHONG-CO"',
      'Too many sign-in attempts.',
    ]);
  });

  it('leaves Vietnamese, names without diacritics, codes, addresses and short labels alone', () => {
    const screen = [
      'Email, số điện thoại hoặc mật khẩu không đúng',
      'Không có đơn vị nào mang mã "KHONG-CO"',
      'Tran Van An Ben Tre Can Tho',
      'full_name,email,phone,org_unit_code,audience,position',
      'an.nguyen@example.gov.vn BT-CHAUTHANH-TANTHACH OFFICIAL',
      'HocSo GIFT Moodle XML Aiken',
      'EN',
      'Tệp có dung lượng 5.242.880 byte; mỗi lần nhập chỉ nhận tối đa 5.242.880 byte',
    ].join('\n');
    expect(englishSentences(screen)).toEqual([]);
  });
});

describe('englishSentences over the portal texts', () => {
  const root = path.resolve(__dirname, '../../../apps/portal/src');
  const texts = (language: 'vi' | 'en') =>
    [`i18n/${language}.json`, `features/courses/i18n/${language}.json`, `features/question-bank/i18n/${language}.json`].flatMap((file) =>
      leaves(JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown),
    );

  it('finds nothing in the Vietnamese texts', () => {
    expect(texts('vi').flatMap(englishSentences)).toEqual([]);
  });

  it('finds most English sentences of the English texts', () => {
    const sentences = texts('en').filter((text) => text.split(/\s+/).length >= 6);
    const found = sentences.filter((text) => englishSentences(text).length > 0);
    expect(found.length / sentences.length).toBeGreaterThan(0.8);
  });
});

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/\{\{\w+\}\}/g, 'X')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}
