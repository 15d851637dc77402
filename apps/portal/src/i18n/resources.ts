import type { SupportedLanguage } from './languages';
import vi from './vi.json';

export type TranslationBundle = Record<string, unknown>;

/**
 * The Vietnamese texts of the shell (header, home page, sign-in, errors): the default language, so they come with
 * the first script and the home page shows without waiting for another file. Pages loaded lazily keep theirs in
 * their feature's own files (FEATURES_NAMESPACE).
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
      const [admin, certificates, cohorts, courses, credentials, exams, expert, externalCertificates, liveSessions, profile, questionBank] = await defaults([
        import('../features/admin/i18n/vi.json'),
        import('../features/certificates/i18n/vi.json'),
        import('../features/cohorts/i18n/vi.json'),
        import('../features/courses/i18n/vi.json'),
        import('../features/credentials/i18n/vi.json'),
        import('../features/exams/i18n/vi.json'),
        import('../features/expert/i18n/vi.json'),
        import('../features/external-certificates/i18n/vi.json'),
        import('../features/live-sessions/i18n/vi.json'),
        import('../features/profile/i18n/vi.json'),
        import('../features/question-bank/i18n/vi.json'),
      ]);
      return { admin, certificates, cohorts, courses, credentials, exams, expert, externalCertificates, liveSessions, profile, questionBank };
    },
  },
  en: {
    translation: async () => (await import('./en.json')).default,
    features: async () => {
      const [admin, certificates, cohorts, courses, credentials, exams, expert, externalCertificates, liveSessions, profile, questionBank] = await defaults([
        import('../features/admin/i18n/en.json'),
        import('../features/certificates/i18n/en.json'),
        import('../features/cohorts/i18n/en.json'),
        import('../features/courses/i18n/en.json'),
        import('../features/credentials/i18n/en.json'),
        import('../features/exams/i18n/en.json'),
        import('../features/expert/i18n/en.json'),
        import('../features/external-certificates/i18n/en.json'),
        import('../features/live-sessions/i18n/en.json'),
        import('../features/profile/i18n/en.json'),
        import('../features/question-bank/i18n/en.json'),
      ]);
      return { admin, certificates, cohorts, courses, credentials, exams, expert, externalCertificates, liveSessions, profile, questionBank };
    },
  },
};

/** Every text of a language, shell and features together, as the screens look them up. */
export async function allTranslations(language: SupportedLanguage): Promise<TranslationBundle> {
  const loaders = translationLoaders[language];
  return { ...(await loaders.translation()), ...(await loaders.features()) };
}
