import { useQuery } from '@apollo/client/react';
import { myTrainingRequirementsQuery } from '@hocso/portal-data-access';

/** A recurring requirement due for renewal that completing this course again renews. */
export interface CourseRenewalDue {
  title: string;
  expiresAt: string;
}

interface RenewedCourse {
  id: string;
  trackPlacements: ReadonlyArray<{ mandatory: boolean; track: { code: string } }>;
}

/**
 * The reader's requirement due for renewal (inside its renewal window) that this course renews — a requirement of
 * the course, or of a track it is mandatory in — expiring first; null when none is, or while `asked` is false.
 */
export function useCourseRenewalDue(course: RenewedCourse, asked: boolean): CourseRenewalDue | null {
  const { data } = useQuery(myTrainingRequirementsQuery, { skip: !asked, fetchPolicy: 'cache-and-network' });
  if (!asked || !data) return null;
  const mandatoryTracks = new Set(course.trackPlacements.filter((placement) => placement.mandatory).map((placement) => placement.track.code));
  const due = data.myTrainingRequirements
    .filter((requirement) => requirement.dueForRenewal && requirement.expiresAt)
    .filter((requirement) => requirement.course?.id === course.id || (requirement.track !== null && requirement.track !== undefined && mandatoryTracks.has(requirement.track.code)))
    .sort((a, b) => Date.parse(a.expiresAt as string) - Date.parse(b.expiresAt as string));
  const first = due[0];
  return first ? { title: first.title, expiresAt: first.expiresAt as string } : null;
}
