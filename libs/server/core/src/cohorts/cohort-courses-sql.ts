/**
 * `target_course` (cohort_id, course_id): the courses of the cohorts `$1` (a uuid[]): each one's course, or its
 * track's mandatory courses, for a WITH clause.
 */
export const COHORT_COURSES_CTE = `target_course AS (
    SELECT c.id AS cohort_id, c.course_id FROM cohort c WHERE c.id = ANY ($1::uuid[]) AND c.course_id IS NOT NULL
    UNION
    SELECT c.id, ct.course_id FROM cohort c JOIN course_track ct ON ct.track_id = c.track_id AND ct.mandatory WHERE c.id = ANY ($1::uuid[])
  )`;
