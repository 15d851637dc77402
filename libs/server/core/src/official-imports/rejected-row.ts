import type { Locale } from '../i18n/locale';
import { isMessageKey } from '../i18n/messages';
import { type MessageParams, renderMessage } from '../i18n/render-message';

/** Rejected rows are read a page at a time: an import of 50,000 rows can reject them all. */
export const REJECTED_ROWS_PAGE_SIZES = { default: 100, max: 500 } as const;

/**
 * A CSV row the import refused: `row` is the file's line number, the header being line 1. `reason` is a
 * message key rendered with `params` in the reader's language; rows stored before reasons were keys hold an
 * English sentence there, which is shown as it is.
 */
export interface RejectedRow {
  row: number;
  reason: string;
  params?: MessageParams;
  field?: string;
}

export function rejectedRow(row: number, field: string | undefined, reason: string, params: MessageParams = {}): RejectedRow {
  return { row, reason, params, ...(field ? { field } : {}) };
}

/** Why the row was rejected, in the given language. */
export function rejectedRowMessage(rejected: RejectedRow, locale: Locale): string {
  return renderMessage(rejected.reason, rejected.params ?? {}, locale);
}

/** The stable reason key, or null for a row stored as an English sentence. */
export function rejectedRowReason(rejected: RejectedRow): string | null {
  return isMessageKey(rejected.reason) ? rejected.reason : null;
}
