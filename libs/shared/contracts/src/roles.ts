export const ROLES = ['LEARNER', 'TRAINER', 'UNIT_MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
