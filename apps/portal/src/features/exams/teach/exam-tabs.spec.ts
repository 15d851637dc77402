import { describe, expect, it } from '@jest/globals';
import { tabsAllowed } from './exam-tabs';

describe('exam tabs', () => {
  it('offers each page only for the actions the exam allows', () => {
    expect(tabsAllowed(['TAKE'])).toEqual([]);
    expect(tabsAllowed(['MONITOR']).map((tab) => tab.path)).toEqual(['day']);
    expect(tabsAllowed(['EDIT', 'VIEW_ATTEMPTS', 'GRADE', 'MONITOR']).map((tab) => tab.path)).toEqual(['edit', 'overrides', 'attempts', 'grading', 'statistics', 'day']);
  });
});
