import { Button } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, toSupportedLanguage } from '../i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.resolvedLanguage);
  const next = current === 'vi' ? 'en' : 'vi';
  const switchLanguage = () => {
    void i18n.changeLanguage(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the switch still applies to this visit.
    }
  };
  return (
    <Button variant="secondary" data-testid="lang-switch" data-language={current} lang={next} aria-label={t('language.switchTo')} onClick={switchLanguage}>
      {t('language.otherLanguageShort')}
    </Button>
  );
}
