import { REJECTION_REASON_COLUMN } from '@hocso/contracts';
import { toCsv } from '../csv/csv-writer';
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/render-message';
import { readCsvRecords } from './official-csv';
import { type RejectedRow, rejectedRowMessage } from './rejected-row';

/**
 * The rejected rows as a CSV to correct and upload again: the file's own header and cells, as they were
 * written, with the reason of each row (and the column at fault) in a last column, in the reader's language.
 * A reason column of an earlier round is replaced, not repeated.
 */
export function rejectedRowsCsv(content: string, rejected: readonly RejectedRow[], locale: Locale): string {
  const records = readCsvRecords(content);
  const header = records[0]?.record ?? [];
  const previousReason = header.findIndex((cell) => cell.trim().toLowerCase() === REJECTION_REASON_COLUMN);
  const kept = (cells: string[]) => header.map((_, index) => cells[index] ?? '').filter((_, index) => index !== previousReason);
  const byLine = new Map(records.map((record) => [record.info.lines, record.record]));
  return toCsv([
    [...kept(header), REJECTION_REASON_COLUMN],
    ...rejected.map((row) => [...kept(byLine.get(row.row) ?? []), reasonOf(row, locale)]),
  ]);
}

function reasonOf(row: RejectedRow, locale: Locale): string {
  const message = rejectedRowMessage(row, locale);
  return row.field ? renderMessage('officialImports.rejectedInColumn', { column: row.field, message }, locale) : message;
}
