import type { ExamAction } from '@hocso/portal-data-access';

export interface ExamTab {
  path: 'edit' | 'overrides' | 'grading' | 'attempts' | 'statistics' | 'day';
  needs: ExamAction;
}

/** The trainer's pages of an exam, each offered only when the exam's allowedActions list what it needs. */
export const EXAM_TABS: readonly ExamTab[] = [
  { path: 'edit', needs: 'EDIT' },
  { path: 'overrides', needs: 'EDIT' },
  { path: 'attempts', needs: 'VIEW_ATTEMPTS' },
  { path: 'grading', needs: 'GRADE' },
  { path: 'statistics', needs: 'VIEW_ATTEMPTS' },
  { path: 'day', needs: 'MONITOR' },
];

export function tabsAllowed(actions: readonly ExamAction[]): ExamTab[] {
  return EXAM_TABS.filter((tab) => actions.includes(tab.needs));
}
