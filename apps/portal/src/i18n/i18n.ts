import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { translations } from './resources';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES } from './languages';

export function initI18n() {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { vi: { translation: translations.vi }, en: { translation: translations.en } },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  const syncDocumentLanguage = (language: string) => {
    document.documentElement.lang = language.startsWith('en') ? 'en' : 'vi';
  };
  syncDocumentLanguage(i18next.resolvedLanguage ?? DEFAULT_LANGUAGE);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}
