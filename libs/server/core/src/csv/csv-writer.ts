/** A cell a spreadsheet would read as a formula starts with one of these (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Excel opens a CSV as UTF-8 (Vietnamese intact) only when it starts with a byte order mark. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * RFC 4180 CSV (comma-separated, CRLF, a cell quoted when it holds a comma, a quote or a line break), with
 * a byte order mark, and formula-safe: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, so that a question named `=HYPERLINK(…)` stays text. Plain numbers such as
 * `-12.5` are left as they are: they cannot be a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map(csvLine).join('');
}

/** One row of such a CSV, its CRLF included: for files written a batch of rows at a time. */
export function csvLine(row: readonly string[]): string {
  return `${row.map((cell) => quoted(formulaSafe(cell))).join(',')}\r\n`;
}

/** The cell with a leading `'` when a spreadsheet would run it as a formula. */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
