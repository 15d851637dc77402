/** Topics of the transactional outbox: a row is written in the same transaction as the change it announces. */
export const OUTBOX_TOPICS = {
  enrollmentCompleted: 'enrollment.completed',
  externalCertificateReviewed: 'external-certificate.reviewed',
  certificateReissued: 'certificate.reissued',
  placementChanged: 'people.placement-changed',
} as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[keyof typeof OUTBOX_TOPICS];

/** Payload of `enrollment.completed`: what issuing the certificate needs to start. */
export interface EnrollmentCompletedPayload {
  enrollmentId: string;
  userId: string;
  courseId: string;
  courseVersionId: string;
  completedAt: string;
  /** Which completion of the enrollment this is (1 for the first; absent in rows written before retakes). */
  completionNumber?: number;
}

/** Payload of `external-certificate.reviewed`: whom to tell of an approval or a rejection, and why. */
export interface ExternalCertificateReviewedPayload {
  externalCertificateId: string;
  holderId: string;
  approved: boolean;
  reason: string | null;
}

/** Payload of `certificate.reissued`: the new certificate (the aggregate) still needs its PDF and credential. */
export interface CertificateReissuedPayload {
  enrollmentId: string;
  certificateId: string;
}

/**
 * Payload of `people.placement-changed`: people onboarded, moved between units or given another audience, whose
 * training requirements the coverage job re-evaluates (the aggregate is the person, or the import of a batch).
 */
export interface PlacementChangedPayload {
  userIds: string[];
  changedAt: string;
}
