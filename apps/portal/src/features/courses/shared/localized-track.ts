import { useTranslation } from 'react-i18next';

interface LocalizableTrack {
  title: string;
  titleEn?: string | null;
  description?: string;
  descriptionEn?: string | null;
}

/** A track's title and description in the reader's language (English falls back to Vietnamese). */
export function useTrackText() {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language ?? 'vi').startsWith('en');
  return {
    title: (track: LocalizableTrack) => (english && track.titleEn ? track.titleEn : track.title),
    description: (track: LocalizableTrack) => (english && track.descriptionEn ? track.descriptionEn : (track.description ?? '')),
  };
}
