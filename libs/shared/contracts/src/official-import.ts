export const OFFICIAL_IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type OfficialImportStatus = (typeof OFFICIAL_IMPORT_STATUSES)[number];

/** The CSV header an official import must have (order free, names exact, case-insensitive). */
export const OFFICIAL_IMPORT_COLUMNS = ['full_name', 'email', 'phone', 'org_unit_code', 'audience', 'position'] as const;
export type OfficialImportColumn = (typeof OFFICIAL_IMPORT_COLUMNS)[number];
export const OFFICIAL_IMPORT_REQUIRED_COLUMNS: readonly OfficialImportColumn[] = ['full_name', 'email', 'org_unit_code'];

/** Job payload: only the id. The CSV itself lives in PostgreSQL, so a lost Redis loses nothing. */
export interface OfficialImportJob {
  importId: string;
}
