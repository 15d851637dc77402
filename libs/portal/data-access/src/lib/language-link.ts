import type { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/** The language the screen is in, sent as `Accept-Language` so that the server answers in it. */
export type CurrentLanguage = () => string;

/** What the server assumes without a header; a client that is not told the screen's language says it too. */
export const vietnamese: CurrentLanguage = () => 'vi';

export function acceptLanguageHeader(currentLanguage: CurrentLanguage): Record<string, string> {
  return { 'accept-language': currentLanguage() };
}

/** Adds `Accept-Language` with the screen's current language to every operation. */
export function createLanguageLink(currentLanguage: CurrentLanguage): ApolloLink {
  return new SetContextLink((previousContext) => ({
    headers: { ...(previousContext['headers'] as Record<string, string> | undefined), ...acceptLanguageHeader(currentLanguage) },
  }));
}
