import { LOCALES } from './locale';
import { MESSAGES } from './messages';
import { renderMessage } from './render-message';
import type { Translation } from './translation';

describe('renderMessage', () => {
  it('renders a reason key in each locale with its parameters, numbers grouped as the locale writes them', () => {
    expect(renderMessage('orgUnits.codeTaken', { code: 'BT' }, 'vi')).toBe('Đã có đơn vị mang mã "BT"');
    expect(renderMessage('orgUnits.codeTaken', { code: 'BT' }, 'en')).toBe('An org unit with code "BT" already exists');
    expect(renderMessage('{n} rows', { n: 12345 }, 'vi')).toBe('12.345 rows');
    expect(renderMessage('{n} rows', { n: 12345 }, 'en')).toBe('12,345 rows');
  });

  it('renders a message given as a parameter in the same locale', () => {
    const nested = { reason: 'questionImport.xml.badBase64', params: { name: 'a.png' } };
    expect(renderMessage('questionImport.xml.error', { problem: nested }, 'vi')).toBe('Lỗi khi nhập câu hỏi: Tệp đính kèm "a.png" không phải là dữ liệu base64 hợp lệ');
    expect(renderMessage('questionImport.xml.error', { problem: nested }, 'en')).toBe('Error importing question: The embedded file "a.png" is not valid base64');
  });

  it('does not fill places that a parameter value itself contains', () => {
    expect(renderMessage('users.roleNotScoped', { role: '{role}' }, 'en')).toBe('The {role} role is not scoped to an org unit');
    expect(renderMessage('orgUnits.notEmpty', { name: '{children}', children: 1, members: 2 }, 'en')).toBe('"{children}" still has 1 sub-unit(s) and 2 member(s); move or remove them first');
  });

  it('leaves a place whose parameter is missing, and shows a text that is not a key as it is', () => {
    expect(renderMessage('orgUnits.notFound', {}, 'en')).toBe('Org unit "{id}" was not found');
    expect(renderMessage('A plain sentence', {}, 'vi')).toBe('A plain sentence');
  });

  it('has every message in every locale, with the same parameters, and no English left in the Vietnamese', () => {
    for (const [key, translation] of Object.entries<Translation>(MESSAGES)) {
      const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const locale of LOCALES) expect({ key, locale, text: translation[locale].trim().length > 0 }).toEqual({ key, locale, text: true });
      expect({ key, places: places(translation.vi) }).toEqual({ key, places: places(translation.en) });
      expect({ key, same: translation.vi === translation.en }).toEqual({ key, same: false });
    }
  });
});
