import type { CourseStatus } from '@hocso/portal-data-access';

export interface WorkflowFields {
  status: CourseStatus;
  revisionStatus: CourseStatus | null;
}

/**
 * One word for where a course is, counting the revision of a published course: what its label says. What
 * may be done to it next is the server's answer, `allowedActions`.
 */
export type WorkflowStage = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'REVISION_DRAFT' | 'REVISION_IN_REVIEW' | 'ARCHIVED';

export function workflowStage({ status, revisionStatus }: WorkflowFields): WorkflowStage {
  if (status === 'PUBLISHED' && revisionStatus === 'DRAFT') return 'REVISION_DRAFT';
  if (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW') return 'REVISION_IN_REVIEW';
  return status;
}
