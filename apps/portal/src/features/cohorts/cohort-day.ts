import { dateTimeFormat } from '../../shared/intl-formats';
/** A cohort's start day (YYYY-MM-DD) as the reader's language writes a date. */
export function formatCohortDay(day: string, language: string): string {
  return dateTimeFormat(language, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
}
