export const SUPPORTED_LANGUAGES = ['vi', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'vi';
export const LANGUAGE_STORAGE_KEY = 'hocso.language';

export function toSupportedLanguage(language: string | undefined): SupportedLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
