import { OFFICIAL_IMPORT_COLUMNS, OFFICIAL_IMPORT_REQUIRED_COLUMNS, type OfficialImportColumn, REJECTION_REASON_COLUMN } from '@hocso/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export interface CsvRow {
  /** Line of the file where the row ends, the header being line 1. */
  line: number;
  values: Partial<Record<OfficialImportColumn, string>>;
}

/** Decodes the upload as UTF-8 (with or without BOM); anything else, or a NUL character, is refused whole. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length === 0) throw DomainError.badInput('file', 'files.empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw DomainError.badInput('file', 'files.tooLarge', { limit: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw DomainError.badInput('file', 'officialImports.notUtf8');
  }
  const unstorable = unstorableCharacterIn(text, 'file');
  if (unstorable) throw unstorable;
  return text;
}

function headerKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '_');
}

/** One record of the file as it is written, with the line where it ends (the header being line 1). */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** The file's records as they are written; a file that is not CSV is refused whole. */
export function readCsvRecords(text: string): CsvRecord[] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, info: true, relax_column_count: true }) as unknown as CsvRecord[];
  } catch (error) {
    const line = error instanceof CsvError ? String((error as CsvError & { lines?: number }).lines ?? '?') : '?';
    throw DomainError.badInput('file', 'officialImports.notCsv', { line }, { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Reads the header and every row, checking the columns; a structural error refuses the whole file. */
export function parseOfficialCsv(text: string): CsvRow[] {
  const records = readCsvRecords(text);
  if (records.length === 0) throw DomainError.badInput('file', 'files.empty');
  const header = records[0].record.map(headerKey);
  const known: readonly string[] = [...OFFICIAL_IMPORT_COLUMNS, REJECTION_REASON_COLUMN];
  const unknown = header.filter((column) => !known.includes(column));
  if (unknown.length > 0) {
    throw DomainError.badInput('file', 'officialImports.unknownColumns', { columns: unknown.map((c) => `"${c}"`).join(', '), expected: OFFICIAL_IMPORT_COLUMNS.join(', ') });
  }
  const missing = OFFICIAL_IMPORT_REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw DomainError.badInput('file', 'officialImports.missingColumns', { columns: missing.join(', '), expected: OFFICIAL_IMPORT_COLUMNS.join(', ') });
  }
  const duplicated = header.filter((column, index) => header.indexOf(column) !== index);
  if (duplicated.length > 0) throw DomainError.badInput('file', 'officialImports.duplicateColumn', { column: duplicated[0] });
  const rows = records.slice(1);
  if (rows.length === 0) throw DomainError.badInput('file', 'officialImports.noRows');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw DomainError.badInput('file', 'officialImports.tooManyRows', { rows: rows.length, max: MAX_IMPORT_ROWS });
  }
  return rows.map(({ record, info }) => {
    const values: Partial<Record<OfficialImportColumn, string>> = {};
    header.forEach((column, index) => {
      if (column === REJECTION_REASON_COLUMN) return;
      const value = withoutFormulaGuard(record[index]?.normalize('NFC').trim());
      if (value) values[column as OfficialImportColumn] = value;
    });
    return { line: info.lines, values };
  });
}

/**
 * A file this platform wrote (the rejected rows) guards cells against spreadsheet formulas with a leading `'`
 * (`'+84912345678`); the cell uploaded again is read without it.
 */
function withoutFormulaGuard(value: string | undefined): string | undefined {
  return value && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
