import { EARNED_HOURS_SQL } from './earned-hours-sql';

/**
 * The SQL of who is covered, shared by the enrolment job and the reports so both count the same people.
 * `scopedRequirementCte` names the requirements with the path of their unit; `coveredPeopleSql` selects from it
 * (`scoped_requirement`) each person covered now: a member of a unit in the requirement's subtree whose audience
 * it names (no audience named: everyone). Paths are ids and slashes, so a prefix `LIKE` needs no escaping.
 */
export function scopedRequirementCte(where: string): string {
  return `scoped_requirement AS (
    SELECT r.*, s.path AS scope_path FROM training_requirement r JOIN org_unit s ON s.id = r.org_unit_id WHERE ${where}
  )`;
}

/**
 * `within`, when given, is an SQL expression of a unit path the people must also be under; `requirements`, the SQL
 * of the requirements (with their `scope_path`) to cover for, `scoped_requirement` unless given.
 */
export function coveredPeopleSql(within?: string, requirements = 'scoped_requirement'): string {
  return `SELECT r.id AS requirement_id, u.id AS user_id, ou.path AS user_path
    FROM ${requirements} r
    JOIN org_unit ou ON ou.path LIKE r.scope_path || '%'${within ? ` AND ou.path LIKE ${within} || '%'` : ''}
    JOIN app_user u ON u.org_unit_id = ou.id AND (cardinality(r.audiences) = 0 OR u.audience = ANY (r.audiences))`;
}

/**
 * For each row of `covered` (requirement_id, user_id, user_path): whether the person meets the requirement now
 * (`met`, and `completed_at`, when they last did), by when they must (`due_at`: a person's extension when it is
 * later than `base_due_at`, the requirement's own date for them), and whether they are `exempt` (then counted
 * nowhere as required). A course counts once completed; a track when all its mandatory courses are; hours when
 * the earned hours (EARNED_HOURS_SQL) reach it. A recurring requirement holds for its period after the
 * completion, which is then due again. `now`: the SQL of the time to judge at (the statement's, unless given).
 */
export function personRequirementStatusSql(now = 'now()'): string {
  return `
  SELECT c.requirement_id, c.user_id, c.user_path, base.met, m.met_at AS completed_at, base.due_at AS base_due_at,
    greatest(base.due_at, ext.due_at) AS due_at, ext.due_at IS NOT NULL AND ext.due_at > base.due_at AS extended,
    ex.user_id IS NOT NULL AS exempt
  FROM covered c
  JOIN training_requirement r ON r.id = c.requirement_id
  LEFT JOIN requirement_coverage cov ON cov.requirement_id = c.requirement_id AND cov.user_id = c.user_id
  LEFT JOIN requirement_extension ext ON ext.requirement_id = c.requirement_id AND ext.user_id = c.user_id
  LEFT JOIN requirement_exemption ex ON ex.requirement_id = c.requirement_id AND ex.user_id = c.user_id
  CROSS JOIN LATERAL (
    SELECT CASE
      WHEN r.course_id IS NOT NULL THEN (
        SELECT e.completed_at FROM enrollment e WHERE e.user_id = c.user_id AND e.course_id = r.course_id AND e.status = 'COMPLETED')
      WHEN r.track_id IS NOT NULL THEN (
        SELECT CASE WHEN count(*) > 0 AND count(e.completed_at) = count(*) THEN max(e.completed_at) END
        FROM course_track ct
        LEFT JOIN enrollment e ON e.course_id = ct.course_id AND e.user_id = c.user_id AND e.status = 'COMPLETED'
        WHERE ct.track_id = r.track_id AND ct.mandatory)
      ELSE (
        SELECT CASE WHEN coalesce(sum(h.hours), 0) >= r.hours THEN max(h.earned_at) END
        FROM (${EARNED_HOURS_SQL}) h
        WHERE h.user_id = c.user_id
          AND (r.recurrence_months IS NULL OR h.earned_at > ${now} - make_interval(months => r.recurrence_months)))
    END AS met_at
  ) m
  CROSS JOIN LATERAL (
    SELECT m.met_at IS NOT NULL AND (r.recurrence_months IS NULL OR m.met_at + make_interval(months => r.recurrence_months) > ${now}) AS met,
      CASE
        WHEN m.met_at IS NOT NULL AND r.recurrence_months IS NOT NULL THEN m.met_at + make_interval(months => r.recurrence_months)
        WHEN r.due_within_days IS NULL THEN r.due_at
        ELSE greatest(r.due_at, coalesce(cov.covered_at, ${now}) + make_interval(days => r.due_within_days))
      END AS due_at
  ) base`;
}

/** PERSON_REQUIREMENT_STATUS_SQL as of the statement's time. */
export const PERSON_REQUIREMENT_STATUS_SQL = personRequirementStatusSql();
