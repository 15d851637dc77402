import { PERSON_REQUIREMENT_STATUS_SQL } from '../covered-people-sql';

/**
 * The plan's measure of who holds the qualification: each row of `covered` with its status as
 * PERSON_REQUIREMENT_STATUS_SQL gives it, and met also when, for a requirement counted in hours, the hours of the
 * completed courses and of the approved (recognised) external certificates, within the recurrence, reach it.
 */
export const RECOGNISED_STATUS_SQL = `
  SELECT s.requirement_id, s.user_id, s.user_path, s.due_at,
    s.met OR (r.hours IS NOT NULL AND coalesce(own.hours, 0) + coalesce(recognised.hours, 0) >= r.hours) AS met
  FROM (${PERSON_REQUIREMENT_STATUS_SQL}) s
  JOIN training_requirement r ON r.id = s.requirement_id
  LEFT JOIN LATERAL (
    SELECT sum(co.hours) AS hours FROM enrollment e JOIN course co ON co.id = e.course_id
    WHERE r.hours IS NOT NULL AND NOT s.met AND e.user_id = s.user_id AND e.status = 'COMPLETED'
      AND (r.recurrence_months IS NULL OR e.completed_at > now() - make_interval(months => r.recurrence_months))
  ) own ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.hours) AS hours FROM external_certificate x
    WHERE r.hours IS NOT NULL AND NOT s.met AND x.holder_id = s.user_id AND x.status = 'APPROVED'
      AND (r.recurrence_months IS NULL OR x.issued_on > now() - make_interval(months => r.recurrence_months))
  ) recognised ON true`;

/** Per person over the requirements of `status`: completed when every one is met, overdue when one not met is past due. */
export const PERSON_FIGURES_SQL = `
  SELECT user_id, min(user_path) AS user_path, bool_and(met) AS completed, bool_or(NOT met AND due_at < now()) AS overdue
  FROM status GROUP BY user_id`;
