import { describe, expect, it } from '@jest/globals';
import { mandatoryCourseState } from './mandatory-course-state';

describe('mandatoryCourseState', () => {
  it('reads the enrollment', () => {
    expect(mandatoryCourseState(null)).toBe('NOT_STARTED');
    expect(mandatoryCourseState({ status: 'WITHDRAWN', progress: 0.5 })).toBe('NOT_STARTED');
    expect(mandatoryCourseState({ status: 'ACTIVE', progress: 0 })).toBe('IN_PROGRESS');
    expect(mandatoryCourseState({ status: 'COMPLETED', progress: 1 })).toBe('COMPLETED');
  });
});
