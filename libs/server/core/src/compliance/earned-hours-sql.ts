/**
 * Every source of study hours a person has earned, one row each: `(user_id, hours, earned_at)`. The one place
 * hours are counted for requirements counted in hours: completed HocSo courses (their hours) and approved
 * external certificates (dated by their issue). Another source (attendance of live sessions) is one more branch
 * of this UNION ALL; PostgreSQL pushes a `user_id` filter from the caller into every branch.
 */
export const EARNED_HOURS_SQL = `
  SELECT e.user_id, co.hours::numeric AS hours, e.completed_at AS earned_at
    FROM enrollment e JOIN course co ON co.id = e.course_id
    WHERE e.status = 'COMPLETED' AND e.completed_at IS NOT NULL
  UNION ALL
  SELECT x.holder_id, x.hours, x.issued_on
    FROM external_certificate x
    WHERE x.status = 'APPROVED'`;
