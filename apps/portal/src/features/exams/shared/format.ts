import { numberFormat, dateTimeFormat } from '../../../shared/intl-formats';
/** Dates, durations and percentages as the exam screens show them, in the screen's language. */
export function formatDateTime(iso: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatPercent(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(value) + ' %';
}

export function formatPoints(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** Whole minutes of a duration in seconds, rounded up (a 90-second limit is 2 minutes). */
export function minutesOf(seconds: number): number {
  return Math.ceil(seconds / 60);
}
