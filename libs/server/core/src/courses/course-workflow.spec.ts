import { DomainError } from '../errors/domain.error';
import { type CourseAction, courseTransition, type WorkflowState } from './course-workflow';

const draft: WorkflowState = { status: 'DRAFT', revisionStatus: null };
const inReview: WorkflowState = { status: 'IN_REVIEW', revisionStatus: null };
const published: WorkflowState = { status: 'PUBLISHED', revisionStatus: null };
const revising: WorkflowState = { status: 'PUBLISHED', revisionStatus: 'DRAFT' };
const revisionInReview: WorkflowState = { status: 'PUBLISHED', revisionStatus: 'IN_REVIEW' };
const archived: WorkflowState = { status: 'ARCHIVED', revisionStatus: null };

function conflictOf(state: WorkflowState, action: CourseAction): DomainError {
  try {
    courseTransition(state, action);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${action} from ${JSON.stringify(state)} was allowed`);
}

describe('courseTransition', () => {
  it('walks a new course from draft through review to published, freezing a version on publish', () => {
    expect(courseTransition(draft, 'SUBMIT')).toEqual({ next: inReview, publishesVersion: false });
    expect(courseTransition(inReview, 'PUBLISH')).toEqual({ next: published, publishesVersion: true });
    expect(courseTransition(published, 'ARCHIVE')).toEqual({ next: archived, publishesVersion: false });
  });

  it('returns a course in review to draft', () => {
    expect(courseTransition(inReview, 'RETURN').next).toEqual(draft);
    expect(courseTransition(revisionInReview, 'RETURN').next).toEqual(revising);
  });

  it('opens a revision when the content of a published course changes, and publishes it as the next version', () => {
    expect(courseTransition(published, 'EDIT_CONTENT').next).toEqual(revising);
    expect(courseTransition(revising, 'EDIT_CONTENT').next).toEqual(revising);
    expect(courseTransition(revising, 'SUBMIT').next).toEqual(revisionInReview);
    expect(courseTransition(revisionInReview, 'PUBLISH')).toEqual({ next: published, publishesVersion: true });
  });

  it('keeps details edits of a published course outside the version workflow', () => {
    expect(courseTransition(published, 'EDIT_DETAILS').next).toEqual(published);
    expect(courseTransition(draft, 'EDIT_DETAILS').next).toEqual(draft);
  });

  it.each<[WorkflowState, CourseAction]>([
    [draft, 'PUBLISH'],
    [draft, 'RETURN'],
    [inReview, 'SUBMIT'],
    [inReview, 'EDIT_CONTENT'],
    [inReview, 'EDIT_DETAILS'],
    [published, 'SUBMIT'],
    [published, 'PUBLISH'],
    [published, 'RETURN'],
    [revising, 'PUBLISH'],
    [revisionInReview, 'EDIT_CONTENT'],
    [archived, 'EDIT_CONTENT'],
    [archived, 'EDIT_DETAILS'],
    [archived, 'SUBMIT'],
    [archived, 'PUBLISH'],
    [archived, 'ARCHIVE'],
  ])('refuses from %j the action %s with CONFLICT', (state, action) => {
    expect(conflictOf(state, action).code).toBe('CONFLICT');
  });
});
