export type MandatoryCourseState = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

/** Where a learner stands in a mandatory course: a withdrawn enrollment counts as not started. */
export function mandatoryCourseState(enrollment: { status: string; progress: number } | null | undefined): MandatoryCourseState {
  if (!enrollment || enrollment.status === 'WITHDRAWN') return 'NOT_STARTED';
  if (enrollment.status === 'COMPLETED') return 'COMPLETED';
  return 'IN_PROGRESS';
}
