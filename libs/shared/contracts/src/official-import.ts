export const OFFICIAL_IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type OfficialImportStatus = (typeof OFFICIAL_IMPORT_STATUSES)[number];

/** The CSV header an official import must have (order free, names exact, case-insensitive). */
export const OFFICIAL_IMPORT_COLUMNS = ['full_name', 'email', 'phone', 'org_unit_code', 'audience', 'position'] as const;
export type OfficialImportColumn = (typeof OFFICIAL_IMPORT_COLUMNS)[number];
/**
 * The column the file of rejected rows adds (why each row was rejected): a corrected file may be uploaded
 * again with it, and the import reads past it.
 */
export const REJECTION_REASON_COLUMN = 'rejection_reason';
export const OFFICIAL_IMPORT_REQUIRED_COLUMNS: readonly OfficialImportColumn[] = ['full_name', 'email', 'org_unit_code'];

/** Job payload: only the id. The CSV itself lives in PostgreSQL, so a lost Redis loses nothing. */
export interface OfficialImportJob {
  importId: string;
}
