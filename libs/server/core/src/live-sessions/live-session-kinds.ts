/** Tập huấn, hội nghị, hội thảo, tọa đàm. */
export const LIVE_SESSION_KINDS = ['TRAINING', 'CONFERENCE', 'WORKSHOP', 'ROUND_TABLE'] as const;
export type LiveSessionKind = (typeof LIVE_SESSION_KINDS)[number];

export const REGISTRATION_STATUSES = ['REGISTERED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
