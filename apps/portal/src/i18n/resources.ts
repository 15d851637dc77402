import type { SupportedLanguage } from './languages';
import vi from './vi.json';

export type TranslationBundle = Record<string, unknown>;

/**
 * The Vietnamese texts of the shell (header, home page, errors): the default language, so they come with the
 * first script and the home page shows without waiting for another file.
 */
export const BUNDLED_SHELL = { vi } as const;

/** The shell's texts, under i18next's default namespace. */
export const SHELL_NAMESPACE = 'translation';
/** The texts of the features that keep their own files, one key each, loaded with the first page of a feature. */
export const FEATURES_NAMESPACE = 'features';

type Loaders = Record<SupportedLanguage, Record<typeof SHELL_NAMESPACE | typeof FEATURES_NAMESPACE, () => Promise<TranslationBundle>>>;

const defaults = (modules: Promise<{ default: TranslationBundle }>[]) => Promise.all(modules).then((loaded) => loaded.map((module) => module.default));

export const translationLoaders: Loaders = {
  vi: {
    translation: async () => vi,
    features: async () => {
      const [certificates, cohorts, courses, exams, liveSessions, questionBank] = await defaults([
        import('../features/certificates/i18n/vi.json'),
        import('../features/cohorts/i18n/vi.json'),
        import('../features/courses/i18n/vi.json'),
        import('../features/exams/i18n/vi.json'),
        import('../features/live-sessions/i18n/vi.json'),
        import('../features/question-bank/i18n/vi.json'),
      ]);
      return { certificates, cohorts, courses, exams, liveSessions, questionBank };
    },
  },
  en: {
    translation: async () => (await import('./en.json')).default,
    features: async () => {
      const [certificates, cohorts, courses, exams, liveSessions, questionBank] = await defaults([
        import('../features/certificates/i18n/en.json'),
        import('../features/cohorts/i18n/en.json'),
        import('../features/courses/i18n/en.json'),
        import('../features/exams/i18n/en.json'),
        import('../features/live-sessions/i18n/en.json'),
        import('../features/question-bank/i18n/en.json'),
      ]);
      return { certificates, cohorts, courses, exams, liveSessions, questionBank };
    },
  },
};

/** Every text of a language, shell and features together, as the screens look them up. */
export async function allTranslations(language: SupportedLanguage): Promise<TranslationBundle> {
  const loaders = translationLoaders[language];
  return { ...(await loaders.translation()), ...(await loaders.features()) };
}
