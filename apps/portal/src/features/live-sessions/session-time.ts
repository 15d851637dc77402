import { dateTimeFormat } from '../../shared/intl-formats';
/** "08:00 07/12/2026", in the reader's language and Vietnam's time (where sessions are held). */
export function formatSessionTime(iso: string, language: string): string {
  return dateTimeFormat(language, { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));
}
