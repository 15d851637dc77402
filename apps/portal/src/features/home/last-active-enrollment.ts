export interface ActiveCandidate {
  status: string;
  lastActiveAt: string;
}

/** The enrollment in progress that the learner last did something in; null when none is in progress. */
export function lastActiveEnrollment<E extends ActiveCandidate>(enrollments: readonly E[]): E | null {
  let latest: E | null = null;
  for (const enrollment of enrollments) {
    if (enrollment.status !== 'ACTIVE') continue;
    if (latest === null || Date.parse(enrollment.lastActiveAt) > Date.parse(latest.lastActiveAt)) latest = enrollment;
  }
  return latest;
}
