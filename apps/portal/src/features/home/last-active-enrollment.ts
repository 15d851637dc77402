export interface ActiveCandidate {
  status: string;
  lastActiveAt: string;
  /** Set while a completed course is taken again: it is in progress too. */
  retakeStartedAt?: string | null;
}

/** The enrollment in progress (or retake under way) that the learner last did something in; null when none is. */
export function lastActiveEnrollment<E extends ActiveCandidate>(enrollments: readonly E[]): E | null {
  let latest: E | null = null;
  for (const enrollment of enrollments) {
    if (enrollment.status !== 'ACTIVE' && !enrollment.retakeStartedAt) continue;
    if (latest === null || Date.parse(enrollment.lastActiveAt) > Date.parse(latest.lastActiveAt)) latest = enrollment;
  }
  return latest;
}
