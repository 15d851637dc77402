import { numberFormat } from '../../../shared/intl-formats';
/** Study hours as the reader's locale writes them (1,5 in Vietnamese, 1.5 in English). */
export function formatHours(hours: number, language: string): string {
  return numberFormat(language.startsWith('en') ? 'en' : 'vi', { maximumFractionDigits: 2 }).format(hours);
}

/** A file size for people: 1,2 MB. */
export function formatBytes(bytes: number, language: string): string {
  const format = numberFormat(language.startsWith('en') ? 'en' : 'vi', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
