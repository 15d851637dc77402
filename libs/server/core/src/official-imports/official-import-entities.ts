import { OfficialImportEntity } from './official-import.entity';

/** Bulk onboarding runs. */
export const OFFICIAL_IMPORT_ENTITIES = [OfficialImportEntity];
