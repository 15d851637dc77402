export const AUDIENCES = ['CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD'] as const;
export type Audience = (typeof AUDIENCES)[number];
