/**
 * Every source of study hours a person has earned, one row each: `(user_id, hours, earned_at)`. The one place
 * hours are counted for requirements counted in hours: completed HocSo courses (their hours), approved
 * external certificates (dated by their issue) and attended live sessions (the hours credited at check-in).
 * PostgreSQL pushes a `user_id` filter from the caller into every branch.
 */
export const EARNED_HOURS_SQL = `
  SELECT e.user_id, co.hours::numeric AS hours, e.completed_at AS earned_at
    FROM enrollment e JOIN course co ON co.id = e.course_id
    WHERE e.status = 'COMPLETED' AND e.completed_at IS NOT NULL
  UNION ALL
  SELECT x.holder_id, x.hours, x.issued_on
    FROM external_certificate x
    WHERE x.status = 'APPROVED'
  UNION ALL
  SELECT a.user_id, a.hours, a.checked_in_at
    FROM live_session_attendance a`;
