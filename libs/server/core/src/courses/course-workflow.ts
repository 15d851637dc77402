import { DomainError } from '../errors/domain.error';
import type { CourseMessageKey } from './course-messages';
import type { CourseStatus, RevisionStatus } from './course-status';

/** Everything one can do to a course, each checked by the workflow and by who may do it. */
export const COURSE_ACTIONS = ['EDIT_DETAILS', 'EDIT_CONTENT', 'MANAGE_AUTHORS', 'SUBMIT', 'PUBLISH', 'RETURN', 'ARCHIVE'] as const;
export type CourseAction = (typeof COURSE_ACTIONS)[number];

export interface WorkflowState {
  status: CourseStatus;
  revisionStatus: RevisionStatus | null;
}

export interface Transition {
  next: WorkflowState;
  /** Whether the transition freezes the working copy as a new published version. */
  publishesVersion: boolean;
}

type Decision = Transition | { refused: CourseMessageKey };

const stay = (state: WorkflowState): Transition => ({ next: { ...state }, publishesVersion: false });

/**
 * DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED. A published course keeps serving its live version while a
 * revision of its content goes through DRAFT → IN_REVIEW → published as the next version.
 */
function decide(state: WorkflowState, action: CourseAction): Decision {
  const { status, revisionStatus } = state;
  if (status === 'ARCHIVED') return { refused: action === 'ARCHIVE' ? 'course.alreadyArchived' : 'course.archived' };
  switch (action) {
    case 'EDIT_DETAILS':
    case 'EDIT_CONTENT':
    case 'MANAGE_AUTHORS':
      if (status === 'IN_REVIEW' || revisionStatus === 'IN_REVIEW') return { refused: 'course.inReview' };
      if (status === 'PUBLISHED' && action === 'EDIT_CONTENT') {
        return { next: { status, revisionStatus: 'DRAFT' }, publishesVersion: false };
      }
      return stay(state);
    case 'SUBMIT':
      if (status === 'DRAFT') return { next: { status: 'IN_REVIEW', revisionStatus: null }, publishesVersion: false };
      if (status === 'PUBLISHED' && revisionStatus === 'DRAFT') return { next: { status, revisionStatus: 'IN_REVIEW' }, publishesVersion: false };
      return { refused: status === 'PUBLISHED' ? 'course.nothingToSubmit' : 'course.alreadyInReview' };
    case 'PUBLISH':
      if (status === 'IN_REVIEW' || (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW')) {
        return { next: { status: 'PUBLISHED', revisionStatus: null }, publishesVersion: true };
      }
      return { refused: 'course.publishNeedsReview' };
    case 'RETURN':
      if (status === 'IN_REVIEW') return { next: { status: 'DRAFT', revisionStatus: null }, publishesVersion: false };
      if (status === 'PUBLISHED' && revisionStatus === 'IN_REVIEW') return { next: { status, revisionStatus: 'DRAFT' }, publishesVersion: false };
      return { refused: 'course.returnNeedsReview' };
    case 'ARCHIVE':
      return { next: { status: 'ARCHIVED', revisionStatus: null }, publishesVersion: false };
  }
}

/** The state after the action; an action that does not apply to the state is a CONFLICT. */
export function courseTransition(state: WorkflowState, action: CourseAction): Transition {
  const decision = decide(state, action);
  if ('refused' in decision) throw DomainError.conflict(decision.refused);
  return decision;
}

/** Whether the workflow lets the action happen in this state (who may do it is course-access's business). */
export function workflowAllows(state: WorkflowState, action: CourseAction): boolean {
  return !('refused' in decide(state, action));
}
