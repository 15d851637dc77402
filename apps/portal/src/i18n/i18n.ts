import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, toSupportedLanguage } from './languages';
import { BUNDLED_SHELL, FEATURES_NAMESPACE, SHELL_NAMESPACE, translationLoaders } from './resources';

function storedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Loads a language's shell or feature texts from their own script, the first time they are needed. */
const lazyTranslations: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const loader = translationLoaders[toSupportedLanguage(language)][namespace === FEATURES_NAMESPACE ? FEATURES_NAMESPACE : SHELL_NAMESPACE];
    loader().then(
      (bundle) => callback(null, bundle),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
    );
  },
};

/**
 * The shell's texts are in the default namespace; the features' in FEATURES_NAMESPACE, found by the same keys
 * (`t('courses.…')`) once loaded: `useFeatureTranslations` loads them before a feature's page renders.
 */
export function initI18n() {
  void i18next
    .use(lazyTranslations)
    .use(initReactI18next)
    .init({
      resources: { vi: { [SHELL_NAMESPACE]: BUNDLED_SHELL.vi } },
      partialBundledLanguages: true,
      ns: [SHELL_NAMESPACE],
      defaultNS: SHELL_NAMESPACE,
      fallbackNS: FEATURES_NAMESPACE,
      // The language switch keeps the choice in localStorage; it is read here.
      lng: toSupportedLanguage(storedLanguage() ?? DEFAULT_LANGUAGE),
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  const syncDocumentLanguage = (language: string) => {
    document.documentElement.lang = language.startsWith('en') ? 'en' : 'vi';
  };
  syncDocumentLanguage(i18next.resolvedLanguage ?? toSupportedLanguage(storedLanguage() ?? DEFAULT_LANGUAGE));
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}
