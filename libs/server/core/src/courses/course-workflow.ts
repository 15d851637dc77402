import { DomainError } from '../errors/domain.error';
import type { CourseStatus, RevisionStatus } from './course-status';

export type CourseAction = 'EDIT_CONTENT' | 'EDIT_DETAILS' | 'SUBMIT' | 'PUBLISH' | 'RETURN' | 'ARCHIVE';

export interface WorkflowState {
  status: CourseStatus;
  revisionStatus: RevisionStatus | null;
}

export interface Transition {
  next: WorkflowState;
  /** Whether the transition freezes the working copy as a new published version. */
  publishesVersion: boolean;
}

const stay = (state: WorkflowState): Transition => ({ next: { ...state }, publishesVersion: false });

/**
 * DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED. A published course keeps serving its live version while a
 * revision of its content goes through DRAFT → IN_REVIEW → published as the next version.
 * An action that does not apply to the state is a CONFLICT.
 */
export function courseTransition(state: WorkflowState, action: CourseAction): Transition {
  const { status, revisionStatus } = state;
  if (status === 'ARCHIVED') {
    throw DomainError.conflict(action === 'ARCHIVE' ? 'This course is already archived' : 'This course is archived; it can no longer change');
  }
  switch (action) {
    case 'EDIT_DETAILS':
    case 'EDIT_CONTENT':
      if (status === 'IN_REVIEW' || revisionStatus === 'IN_REVIEW') {
        throw DomainError.conflict('This course is in review; wait for the reviewer or ask them to return it to draft');
      }
      if (status === 'PUBLISHED' && action === 'EDIT_CONTENT') {
        return { next: { status, revisionStatus: 'DRAFT' }, publishesVersion: false };
      }
      return stay(state);
    case 'SUBMIT':
      if (status === 'DRAFT') return { next: { status: 'IN_REVIEW', revisionStatus: null }, publishesVersion: false };
      if (status === 'PUBLISHED' && revisionStatus === 'DRAFT') return { next: { status, revisionStatus: 'IN_REVIEW' }, publishesVersion: false };
      throw DomainError.conflict(
        status === 'PUBLISHED' ? 'This course has no unpublished changes to submit' : 'This course is already in review',
      );
    case 'PUBLISH':
      if (status === 'IN_REVIEW' || (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW')) {
        return { next: { status: 'PUBLISHED', revisionStatus: null }, publishesVersion: true };
      }
      throw DomainError.conflict('Only a course submitted for review can be published');
    case 'RETURN':
      if (status === 'IN_REVIEW') return { next: { status: 'DRAFT', revisionStatus: null }, publishesVersion: false };
      if (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW') return { next: { status, revisionStatus: 'DRAFT' }, publishesVersion: false };
      throw DomainError.conflict('Only a course in review can be returned to draft');
    case 'ARCHIVE':
      return { next: { status: 'ARCHIVED', revisionStatus: null }, publishesVersion: false };
  }
}
