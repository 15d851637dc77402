import type { ApolloClient } from '@apollo/client';
import { toSupportedLanguage } from './languages';

interface LanguageEvents {
  resolvedLanguage?: string;
  on(event: 'languageChanged', listener: (language: string) => void): unknown;
  off(event: 'languageChanged', listener: (language: string) => void): unknown;
}

/**
 * The server writes its texts (error messages, rejected rows) in the language of the request, so when the
 * screen switches language the queries on screen run again and bring them in the new language.
 * Returns the function that stops listening.
 */
export function refetchOnLanguageChange(i18n: LanguageEvents, client: Pick<ApolloClient, 'refetchQueries'>): () => void {
  let current = toSupportedLanguage(i18n.resolvedLanguage);
  const onChange = (language: string) => {
    const next = toSupportedLanguage(language);
    if (next === current) return;
    current = next;
    void client.refetchQueries({ include: 'active' });
  };
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}
