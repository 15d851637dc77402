import { LOCALES } from './locale';
import { MESSAGES } from './messages';
import { renderMessage } from './render-message';
import type { Translation } from './translation';

describe('renderMessage', () => {
  it('renders a reason key in each locale with its parameters, numbers grouped as the locale writes them', () => {
    expect(renderMessage('common.notFound', { what: 'X', id: '42' }, 'vi')).toBe('Không tìm thấy X "42"');
    expect(renderMessage('common.notFound', { what: 'X', id: '42' }, 'en')).toBe('X "42" was not found');
    expect(renderMessage('{n} rows', { n: 12345 }, 'vi')).toBe('12.345 rows');
    expect(renderMessage('{n} rows', { n: 12345 }, 'en')).toBe('12,345 rows');
  });

  it('renders a message given as a parameter in the same locale', () => {
    const nested = { reason: 'common.notFound', params: { what: 'X', id: '7' } };
    expect(renderMessage('questionImport.xml.error', { problem: nested }, 'vi')).toBe('Lỗi khi nhập câu hỏi: Không tìm thấy X "7"');
    expect(renderMessage('questionImport.xml.error', { problem: nested }, 'en')).toBe('Error importing question: X "7" was not found');
  });

  it('does not fill places that a parameter value itself contains', () => {
    expect(renderMessage('common.notFound', { what: '{id}', id: '42' }, 'en')).toBe('{id} "42" was not found');
  });

  it('leaves a place whose parameter is missing, and shows a text that is not a key as it is', () => {
    expect(renderMessage('common.notFound', { what: 'X' }, 'en')).toBe('X "{id}" was not found');
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
