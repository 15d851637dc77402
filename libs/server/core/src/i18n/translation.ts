import type { Locale } from './locale';

/** One user-visible text in every locale; `{name}` marks where a parameter goes. */
export type Translation = Record<Locale, string>;

/** A domain's messages, keyed by stable reason keys (`domain.reason`). */
export function defineMessages<const M extends Record<string, Translation>>(messages: M): M {
  return messages;
}
