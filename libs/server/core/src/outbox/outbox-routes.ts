import { certificateIssueJobId, certificateReissueJobId, QUEUES, type QueueName } from '@hocso/contracts';
import type { CertificateReissuedPayload, OutboxTopic } from './outbox-topics';

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
    jobId: (enrollmentId) => certificateIssueJobId(enrollmentId),
    data: (enrollmentId) => ({ enrollmentId }),
  },
  'certificate.reissued': {
    queue: QUEUES.certificates,
    jobName: 'issue',
    jobId: (certificateId) => certificateReissueJobId(certificateId),
    data: (_certificateId, payload) => ({ enrollmentId: (payload as unknown as CertificateReissuedPayload).enrollmentId }),
  },
};
