import type { CourseStatus } from '@hocso/portal-data-access';

export interface WorkflowFields {
  status: CourseStatus;
  revisionStatus: CourseStatus | null;
}

/** One word for where a course is, counting the revision of a published course. */
export type WorkflowStage = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'REVISION_DRAFT' | 'REVISION_IN_REVIEW' | 'ARCHIVED';

export function workflowStage({ status, revisionStatus }: WorkflowFields): WorkflowStage {
  if (status === 'PUBLISHED' && revisionStatus === 'DRAFT') return 'REVISION_DRAFT';
  if (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW') return 'REVISION_IN_REVIEW';
  return status;
}

/** The server refuses edits while in review and once archived. */
export function editingLocked(course: WorkflowFields): boolean {
  const stage = workflowStage(course);
  return stage === 'IN_REVIEW' || stage === 'REVISION_IN_REVIEW' || stage === 'ARCHIVED';
}

export function canSubmitForReview(course: WorkflowFields): boolean {
  const stage = workflowStage(course);
  return stage === 'DRAFT' || stage === 'REVISION_DRAFT';
}

/** In the review queue: a first version or a revision waiting for an administrator. */
export function awaitingReview(course: WorkflowFields): boolean {
  const stage = workflowStage(course);
  return stage === 'IN_REVIEW' || stage === 'REVISION_IN_REVIEW';
}
