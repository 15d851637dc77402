/** BullMQ queue names shared by the API (producer) and the worker (consumer). */
export const QUEUES = {
  officialImport: 'official-import',
  mail: 'mail',
  examDeadline: 'exam-deadline',
  certificates: 'certificates',
  notifications: 'notifications',
  requirementCoverage: 'requirement-coverage',
  complianceSnapshot: 'compliance-snapshot',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
