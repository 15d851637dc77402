import { numberFormat } from '../../../shared/intl-formats';
/**
 * A number as typed on a phone: "3,5" (the Vietnamese decimal comma), "3.5", "-2", " 1e3 ". Thousands
 * separators are not guessed at: "1.000" is one. Null when it is not a number.
 */
export function parseTypedNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return null;
  if ((trimmed.match(/,/g) ?? []).length > 1 || (trimmed.includes(',') && trimmed.includes('.'))) return null;
  const normalised = trimmed.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** How a saved number is shown back in the field, in the screen's language. */
export function formatTypedNumber(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 10, useGrouping: false }).format(value);
}
