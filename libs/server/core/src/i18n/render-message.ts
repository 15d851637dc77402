import type { Locale } from './locale';
import { isMessageKey, MESSAGES } from './messages';

/** A message to render inside another one (a parse problem inside "Error importing question: …"), in the same locale. */
export interface NestedMessage {
  readonly reason: string;
  readonly params?: MessageParams;
}

export type MessageParam = string | number | NestedMessage;
export type MessageParams = Readonly<Record<string, MessageParam>>;

const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/**
 * The text of a reason key in a locale, its `{param}` places filled (numbers in the locale's digits grouping,
 * nested messages rendered in the same locale). A text that is not a key is shown as it is.
 */
export function renderMessage(key: string, params: MessageParams, locale: Locale): string {
  const template = isMessageKey(key) ? MESSAGES[key][locale] : key;
  return template.replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = params[name];
    if (value === undefined) return place;
    if (typeof value === 'number') return NUMBER_FORMATS[locale].format(value);
    if (typeof value === 'string') return value;
    return renderMessage(value.reason, value.params ?? {}, locale);
  });
}
