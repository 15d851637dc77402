/** `target_course`: the courses of the cohort `$1` (its course, or its track's mandatory courses), for a WITH clause. */
export const COHORT_COURSES_CTE = `target_course AS (
    SELECT c.course_id FROM cohort c WHERE c.id = $1 AND c.course_id IS NOT NULL
    UNION
    SELECT ct.course_id FROM cohort c JOIN course_track ct ON ct.track_id = c.track_id AND ct.mandatory WHERE c.id = $1
  )`;
