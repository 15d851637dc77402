import { describe, expect, it } from '@jest/globals';
import { workflowStage } from './course-stage';

describe('course stage', () => {
  it('names the stage of a course and of a revision', () => {
    expect(workflowStage({ status: 'DRAFT', revisionStatus: null })).toBe('DRAFT');
    expect(workflowStage({ status: 'IN_REVIEW', revisionStatus: null })).toBe('IN_REVIEW');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: 'DRAFT' })).toBe('REVISION_DRAFT');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: 'IN_REVIEW' })).toBe('REVISION_IN_REVIEW');
    expect(workflowStage({ status: 'PUBLISHED', revisionStatus: null })).toBe('PUBLISHED');
    expect(workflowStage({ status: 'ARCHIVED', revisionStatus: null })).toBe('ARCHIVED');
  });
});
