import { certificateIssueJobId, certificateReissueJobId, type NotificationJob, notificationJobId, placementCoverageJobId, QUEUES, type QueueName, type RequirementCoverageJob } from '@hocso/contracts';
import type { CertificateReissuedPayload, EnrollmentCompletedPayload, ExternalCertificateReviewedPayload, OutboxTopic, PlacementChangedPayload } from './outbox-topics';

/** The holder's notification of a review of their external certificate. */
function reviewNotification(externalCertificateId: string, payload: Record<string, unknown>): NotificationJob {
  const review = payload as unknown as ExternalCertificateReviewedPayload;
  const kind = review.approved ? 'external-certificate.approved' : 'external-certificate.rejected';
  return { userId: review.holderId, kind, key: `${externalCertificateId}-${review.approved ? 'approved' : 'rejected'}`, params: { reason: review.reason ?? '' } };
}

/** Where an outbox row goes: its queue, job name, deterministic job id and job data. */
export interface OutboxRoute {
  queue: QueueName;
  jobName: string;
  jobId(aggregateId: string, payload: Record<string, unknown>): string;
  data(aggregateId: string, payload: Record<string, unknown>): object;
}

/** Every topic has its route (the type refuses a topic without one). */
export const OUTBOX_ROUTES: Record<OutboxTopic, OutboxRoute> = {
  'enrollment.completed': {
    queue: QUEUES.certificates,
    jobName: 'issue',
    jobId: (enrollmentId, payload) => certificateIssueJobId(enrollmentId, (payload as unknown as EnrollmentCompletedPayload).completionNumber),
    data: (enrollmentId) => ({ enrollmentId }),
  },
  'external-certificate.reviewed': {
    queue: QUEUES.notifications,
    jobName: 'notify',
    jobId: (id, payload) => {
      const job = reviewNotification(id, payload);
      return notificationJobId(job.kind, job.key);
    },
    data: (id, payload) => reviewNotification(id, payload),
  },
  'certificate.reissued': {
    queue: QUEUES.certificates,
    jobName: 'issue',
    jobId: (certificateId) => certificateReissueJobId(certificateId),
    data: (_certificateId, payload) => ({ enrollmentId: (payload as unknown as CertificateReissuedPayload).enrollmentId }),
  },
  'people.placement-changed': {
    queue: QUEUES.requirementCoverage,
    jobName: 'evaluate-coverage',
    jobId: (aggregateId, payload) => placementCoverageJobId(aggregateId, payload as unknown as PlacementChangedPayload),
    data: (_aggregateId, payload): RequirementCoverageJob => ({ requirementId: null, userIds: (payload as unknown as PlacementChangedPayload).userIds }),
  },
};
