import { coveredPeopleSql, personRequirementStatusSql } from './covered-people-sql';
import { EARNED_HOURS_SQL } from './earned-hours-sql';
import { EXCEPTION_REASONS_JOIN_SQL, PERSON_STARTED_SQL, stateColumnsSql } from './person-requirement-state-sql';

/** The columns of a person's stored standing on a requirement, as the reports read them. */
const STATUS_COLUMNS = 'requirement_id, user_id, user_path, met, recognised_met, completed_at, base_due_at, due_at, extended, exempt, started';

/**
 * Computes from the live tables, for each row of a `covered` CTE, the row of `requirement_person_status`: the status
 * of PERSON_REQUIREMENT_STATUS_SQL; `started` (PERSON_STARTED_SQL); `recognised_met`, the plan's measure (met, or for
 * hours the completed courses and approved external certificates within the recurrence reach them); and
 * `valid_until`, the first moment time alone changes any of it (null: never).
 */
export const LIVE_REQUIREMENT_STATUS_SQL = `
  SELECT s.requirement_id, s.user_id, s.user_path, s.met,
    s.met OR (r.hours IS NOT NULL AND coalesce(own.hours, 0) + coalesce(recognised.hours, 0) >= r.hours) AS recognised_met,
    s.completed_at, s.base_due_at, s.due_at, s.extended, s.exempt, started.any AS started,
    least(
      CASE WHEN r.due_within_days IS NOT NULL AND cov.covered_at IS NULL THEN now() END,
      CASE WHEN r.recurrence_months IS NOT NULL AND r.hours IS NULL AND s.met THEN s.completed_at + make_interval(months => r.recurrence_months) END,
      window_end.at
    ) AS valid_until
  FROM (${personRequirementStatusSql()}) s
  JOIN training_requirement r ON r.id = s.requirement_id
  LEFT JOIN requirement_coverage cov ON cov.requirement_id = s.requirement_id AND cov.user_id = s.user_id
  CROSS JOIN LATERAL (${PERSON_STARTED_SQL}) started
  LEFT JOIN LATERAL (
    SELECT sum(co.hours) AS hours FROM enrollment e JOIN course co ON co.id = e.course_id
    WHERE r.hours IS NOT NULL AND NOT s.met AND e.user_id = s.user_id AND e.status = 'COMPLETED'
      AND (r.recurrence_months IS NULL OR e.completed_at > now() - make_interval(months => r.recurrence_months))
  ) own ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.hours) AS hours FROM external_certificate x
    WHERE r.hours IS NOT NULL AND NOT s.met AND x.holder_id = s.user_id AND x.status = 'APPROVED'
      AND (r.recurrence_months IS NULL OR x.issued_on > now() - make_interval(months => r.recurrence_months))
  ) recognised ON true
  LEFT JOIN LATERAL (
    SELECT min(h.earned_at) + make_interval(months => r.recurrence_months) AS at FROM (${EARNED_HOURS_SQL}) h
    WHERE r.hours IS NOT NULL AND r.recurrence_months IS NOT NULL AND h.user_id = s.user_id
      AND h.earned_at > now() - make_interval(months => r.recurrence_months)
  ) window_end ON true`;

/**
 * The pairs (requirement_id, user_id, user_path) of the requirements of a `scoped_requirement` CTE and the people of
 * `people` (the SQL of their ids) they cover now, the people under `within` (an SQL unit path) when it is given.
 */
export function coveredPairsOfPeopleSql(people: string, within?: string): string {
  return `SELECT r.id AS requirement_id, u.id AS user_id, ou.path AS user_path
    FROM app_user u
    JOIN org_unit ou ON ou.id = u.org_unit_id${within ? ` AND ou.path LIKE ${within} || '%'` : ''}
    JOIN scoped_requirement r ON ou.path LIKE r.scope_path || '%' AND (cardinality(r.audiences) = 0 OR u.audience = ANY (r.audiences))
    WHERE u.id IN (${people})`;
}

export const STALE_PERSON = 'SELECT 1 FROM requirement_status_stale_person d WHERE d.user_id';
const STALE_REQUIREMENT = 'SELECT 1 FROM requirement_status_stale_requirement d WHERE d.requirement_id';

/**
 * The pairs of the requirements of a `scoped_requirement` CTE and the people they cover whose stored row cannot be
 * trusted: the people marked stale, the requirements marked stale, and the rows past their `valid_until`.
 */
function stalePairsSql(within?: string): string {
  const under = (column: string) => (within ? ` AND ${column} LIKE ${within} || '%'` : '');
  return `
    ${coveredPairsOfPeopleSql('SELECT user_id FROM requirement_status_stale_person', within)}
    UNION
    ${coveredPeopleSql(within, `(SELECT * FROM scoped_requirement WHERE id IN (SELECT requirement_id FROM requirement_status_stale_requirement))`)}
    UNION
    SELECT s.requirement_id, s.user_id, s.user_path FROM requirement_person_status s
    WHERE s.valid_until <= now() AND s.requirement_id IN (SELECT id FROM scoped_requirement)${under('s.user_path')}
      AND NOT EXISTS (${STALE_PERSON} = s.user_id) AND NOT EXISTS (${STALE_REQUIREMENT} = s.requirement_id)`;
}

/**
 * Where each person covered by the requirements of a `scoped_requirement` CTE stands now (the columns of
 * LIVE_REQUIREMENT_STATUS_SQL but `valid_until`): the stored rows that still hold, and the others computed from the
 * live tables. `within`, when given, is an SQL expression of a unit path the people must be under.
 */
export function currentRequirementStatusSql(within?: string): string {
  const under = within ? ` AND s.user_path LIKE ${within} || '%'` : '';
  return `
  SELECT ${STATUS_COLUMNS.split(', ').map((column) => `s.${column}`).join(', ')}
  FROM requirement_person_status s
  WHERE s.requirement_id IN (SELECT id FROM scoped_requirement)${under}
    AND (s.valid_until IS NULL OR s.valid_until > now())
    AND NOT EXISTS (${STALE_PERSON} = s.user_id) AND NOT EXISTS (${STALE_REQUIREMENT} = s.requirement_id)
  UNION ALL
  SELECT ${STATUS_COLUMNS} FROM (WITH covered AS (${stalePairsSql(within)}) ${LIVE_REQUIREMENT_STATUS_SQL}) live`;
}

/** currentRequirementStatusSql with each person's `state` and the reasons of an exemption or extension (PersonRequirementStateRow). */
export function currentRequirementStateSql(within?: string): string {
  return `SELECT s.*, ${stateColumnsSql('now()', 's.started')} FROM (${currentRequirementStatusSql(within)}) s ${EXCEPTION_REASONS_JOIN_SQL}`;
}

/**
 * Stores the rows of the people `$1` (uuid[]) and of the requirements `$2` (uuid[]) again from the live tables:
 * their present rows are removed first, so a person or a requirement no longer covered leaves none. Both give the
 * people whose rows they removed or stored (`user_id`), whose summaries are then stored again.
 */
export const REMOVE_REQUIREMENT_STATUS_SQL = `
  WITH removed AS (DELETE FROM requirement_person_status WHERE user_id = ANY ($1::uuid[]) OR requirement_id = ANY ($2::uuid[]) RETURNING user_id)
  SELECT DISTINCT user_id FROM removed`;

export const STORE_REQUIREMENT_STATUS_SQL = `
  WITH scoped_requirement AS (SELECT r.*, o.path AS scope_path FROM training_requirement r JOIN org_unit o ON o.id = r.org_unit_id),
  covered AS (
    ${coveredPairsOfPeopleSql('SELECT unnest($1::uuid[])')}
    UNION
    ${coveredPeopleSql(undefined, '(SELECT * FROM scoped_requirement WHERE id = ANY ($2::uuid[]))')}
  )
  INSERT INTO requirement_person_status (${STATUS_COLUMNS}, valid_until)
  SELECT ${STATUS_COLUMNS}, valid_until FROM (${LIVE_REQUIREMENT_STATUS_SQL}) live
  ON CONFLICT (requirement_id, user_id) DO UPDATE SET user_path = EXCLUDED.user_path, met = EXCLUDED.met,
    recognised_met = EXCLUDED.recognised_met, completed_at = EXCLUDED.completed_at, base_due_at = EXCLUDED.base_due_at,
    due_at = EXCLUDED.due_at, extended = EXCLUDED.extended, exempt = EXCLUDED.exempt, started = EXCLUDED.started,
    valid_until = EXCLUDED.valid_until, refreshed_at = now()
  RETURNING user_id`;
