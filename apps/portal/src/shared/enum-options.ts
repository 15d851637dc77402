import type { Audience, OfficialImportStatus, Role } from '@hocso/portal-data-access';

export const AUDIENCES = ['CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD'] as const satisfies readonly Audience[];
export const ROLES = ['LEARNER', 'TRAINER', 'UNIT_MANAGER', 'ADMIN'] as const satisfies readonly Role[];
export const FINISHED_IMPORT_STATUSES: readonly OfficialImportStatus[] = ['COMPLETED', 'FAILED'];
