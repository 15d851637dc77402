import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError, type DisplayError } from './display-error';

export interface DisplayErrorState {
  error: DisplayError | null;
  showError(error: unknown): void;
  clearError(): void;
  fieldError(field: string): string | undefined;
}

export function useDisplayError(): DisplayErrorState {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<DisplayError | null>(null);
  const showError = useCallback((cause: unknown) => setError(toDisplayError(cause, (key) => t(key))), [t]);
  const clearError = useCallback(() => setError(null), []);
  const fieldError = useCallback((field: string) => error?.fieldErrors[field], [error]);
  // The server wrote the message in the language of the screen at the time: it goes when the language changes.
  useEffect(() => {
    i18n.on('languageChanged', clearError);
    return () => i18n.off('languageChanged', clearError);
  }, [i18n, clearError]);
  return { error, showError, clearError, fieldError };
}
