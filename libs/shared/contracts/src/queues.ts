/** BullMQ queue names shared by the API (producer) and the worker (consumer). */
export const QUEUES = {
  officialImport: 'official-import',
  mail: 'mail',
  sms: 'sms',
  examDeadline: 'exam-deadline',
  certificates: 'certificates',
  certificateBatches: 'certificate-batches',
  notifications: 'notifications',
  requirementCoverage: 'requirement-coverage',
  requirementReminders: 'requirement-reminders',
  complianceSnapshot: 'compliance-snapshot',
  evidenceCleanup: 'evidence-cleanup',
  liveSessionReminders: 'live-session-reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
