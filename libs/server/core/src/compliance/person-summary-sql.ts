import { coveredPairsOfPeopleSql, currentRequirementStatusSql, LIVE_REQUIREMENT_STATUS_SQL, STALE_PERSON } from './requirement-status-sql';

/**
 * A person's figures over every requirement covering them, from their standings `s` (requirement_person_status's
 * columns), as requirement_person_summary stores them: `required` when they are not exempt from one, `met` when they
 * meet every one of those, `unmet_due_at` the earliest due date among those they do not; and by the plan's measure
 * over every one, exempt or not (as the level report counts), `recognised_met` and `recognised_unmet_due_at`.
 */
const SUMMARY_AGGREGATES_SQL = `min(s.user_path) AS user_path, bool_or(NOT s.exempt) AS required,
  coalesce(bool_and(s.met) FILTER (WHERE NOT s.exempt), true) AS met, min(s.due_at) FILTER (WHERE NOT s.exempt AND NOT s.met) AS unmet_due_at,
  bool_and(s.recognised_met) AS recognised_met, min(s.due_at) FILTER (WHERE NOT s.recognised_met) AS recognised_unmet_due_at`;

const SUMMARY_COLUMNS = 'user_id, user_path, required, met, unmet_due_at, recognised_met, recognised_unmet_due_at, position';

/**
 * Stores again from their stored standings the summaries of the people `$1` (uuid[]); one with none keeps none.
 * Both give the unit paths (`user_path`) of the summaries they removed or stored, whose unit rows are then stored again.
 */
export const REMOVE_PERSON_SUMMARY_SQL = `
  WITH removed AS (DELETE FROM requirement_person_summary WHERE user_id = ANY ($1::uuid[]) RETURNING user_path)
  SELECT DISTINCT user_path FROM removed`;

export const STORE_PERSON_SUMMARY_SQL = `
  WITH stored AS (
    INSERT INTO requirement_person_summary (${SUMMARY_COLUMNS}, valid_until)
    SELECT s.user_id, ${SUMMARY_AGGREGATES_SQL}, coalesce(u.position, '') AS position, min(s.valid_until) AS valid_until
    FROM requirement_person_status s JOIN app_user u ON u.id = s.user_id
    WHERE s.user_id = ANY ($1::uuid[]) GROUP BY s.user_id, u.position
    RETURNING user_path
  )
  SELECT DISTINCT user_path FROM stored`;

/** No requirement is marked stale, so every summary not marked or expired sums up rows that hold. */
export const SUMMARIES_HOLD = 'NOT EXISTS (SELECT 1 FROM requirement_status_stale_requirement)';

/**
 * How far the summaries can be read, in the snapshot that reads them: `current` when nothing is marked stale and no
 * person summary has expired (only unit rows may have: a due date passed), `people-stale` when some people are
 * marked or expired (computed from the live tables), `requirements-stale` when a requirement is (edited, not yet
 * refreshed: every standing is read instead). `unknown`: decided by the statement itself, each branch guarded.
 */
export type SummaryFreshness = 'current' | 'people-stale' | 'requirements-stale' | 'unknown';

export const SUMMARY_FRESHNESS_SQL = `
  SELECT CASE
    WHEN NOT ${SUMMARIES_HOLD} THEN 'requirements-stale'
    WHEN EXISTS (SELECT 1 FROM requirement_status_stale_person) OR EXISTS (SELECT 1 FROM requirement_person_summary WHERE valid_until <= now()) THEN 'people-stale'
    ELSE 'current'
  END AS freshness`;

/**
 * The summary (SUMMARY_COLUMNS) of each person under `within` (an SQL unit path, when given) covered by some
 * requirement of a `scoped_requirement` CTE that names every requirement, as `freshness` allows: the stored ones that
 * still hold (only those in the unit paths `paths` selects, when given), and from the live tables those of the people
 * marked stale or whose summary has expired; while a requirement is marked stale, summed up from every standing.
 */
export function personSummariesSql(freshness: SummaryFreshness, within?: string, paths?: string): string {
  const guard = (holds: boolean) => (freshness === 'unknown' ? ` AND ${holds ? '' : 'NOT '}${SUMMARIES_HOLD}` : '');
  const under = within ? ` AND p.user_path LIKE ${within} || '%'` : '';
  const recomputed = 'SELECT user_id FROM requirement_status_stale_person UNION SELECT user_id FROM requirement_person_summary WHERE valid_until <= now()';
  const stored = `
  SELECT ${SUMMARY_COLUMNS.split(', ').map((column) => `p.${column}`).join(', ')}
  FROM requirement_person_summary p
  WHERE (p.valid_until IS NULL OR p.valid_until > now())${under}${paths ? ` AND p.user_path IN (${paths})` : ''}
    AND NOT EXISTS (${STALE_PERSON} = p.user_id)${guard(true)}`;
  const live = `
  SELECT s.user_id, ${SUMMARY_AGGREGATES_SQL}, coalesce(u.position, '') AS position
  FROM (WITH covered AS (${coveredPairsOfPeopleSql(recomputed, within)}) ${LIVE_REQUIREMENT_STATUS_SQL}) s JOIN app_user u ON u.id = s.user_id
  WHERE true${guard(true)}
  GROUP BY s.user_id, u.position`;
  const fromStandings = `
  SELECT s.user_id, ${SUMMARY_AGGREGATES_SQL}, coalesce(u.position, '') AS position
  FROM (${currentRequirementStatusSql(within)}) s JOIN app_user u ON u.id = s.user_id
  WHERE true${guard(false)}
  GROUP BY s.user_id, u.position`;
  const branches = { current: [stored], 'people-stale': [stored, live], 'requirements-stale': [fromStandings], unknown: [stored, live, fromStandings] }[freshness];
  return branches.join('\n  UNION ALL');
}

/**
 * What a person summary `p` counts for in the reports: `required`, `completed` (every requirement met) and `overdue`
 * (one not met past due) for whom a requirement binds; `covered`, `recognised_completed` and `recognised_overdue` by
 * the plan's measure for whom one covers. Each 0 or 1, so a unit's figures are their sums.
 */
export const PERSON_COUNTS_SQL = `p.required::int AS required, (p.required AND p.met)::int AS completed,
  (p.required AND coalesce(p.unmet_due_at < now(), false))::int AS overdue, 1 AS covered, p.recognised_met::int AS recognised_completed,
  coalesce(p.recognised_unmet_due_at < now(), false)::int AS recognised_overdue`;
