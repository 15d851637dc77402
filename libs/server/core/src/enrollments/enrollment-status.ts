export const ENROLLMENT_STATUSES = ['ACTIVE', 'COMPLETED', 'WITHDRAWN'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export const ENROLLMENT_SOURCES = ['SELF', 'ASSIGNED', 'COHORT'] as const;
export type EnrollmentSource = (typeof ENROLLMENT_SOURCES)[number];
