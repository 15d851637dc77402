import { describe, expect, it } from '@jest/globals';
import { awaitingReview, canSubmitForReview, editingLocked, workflowStage } from './workflow-state';

describe('workflow state', () => {
  it('names the stage of a course and of a revision', () => {
    expect(workflowStage({ status: 'DRAFT', revisionStatus: null })).toBe('DRAFT');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: 'DRAFT' })).toBe('REVISION_DRAFT');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: 'IN_REVIEW' })).toBe('REVISION_IN_REVIEW');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: null })).toBe('PUBLISHED');
  });

  it('locks editing in review and archived, and offers submission for drafts only', () => {
    expect(editingLocked({ status: 'IN_REVIEW', revisionStatus: null })).toBe(true);
    expect(editingLocked({ status: 'PUBLISHED', revisionStatus: 'IN_REVIEW' })).toBe(true);
    expect(editingLocked({ status: 'ARCHIVED', revisionStatus: null })).toBe(true);
    expect(editingLocked({ status: 'PUBLISHED', revisionStatus: null })).toBe(false);
    expect(canSubmitForReview({ status: 'DRAFT', revisionStatus: null })).toBe(true);
    expect(canSubmitForReview({ status: 'PUBLISHED', revisionStatus: null })).toBe(false);
    expect(awaitingReview({ status: 'PUBLISHED', revisionStatus: 'IN_REVIEW' })).toBe(true);
    expect(awaitingReview({ status: 'DRAFT', revisionStatus: null })).toBe(false);
  });
});
