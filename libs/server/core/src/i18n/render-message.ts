import type { Locale } from './locale';
import { isMessageKey, MESSAGES } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** The text of a reason key in a locale, its `{param}` places filled (numbers in the locale's digits grouping). */
export function renderMessage(key: string, params: MessageParams, locale: Locale): string {
  const template = isMessageKey(key) ? MESSAGES[key][locale] : key;
  return template.replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = params[name];
    if (value === undefined) return place;
    return typeof value === 'number' ? NUMBER_FORMATS[locale].format(value) : value;
  });
}
