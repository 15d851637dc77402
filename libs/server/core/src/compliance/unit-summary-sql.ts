import type { DataSource, EntityManager } from 'typeorm';
import { PERSON_COUNTS_SQL, personSummariesSql, SUMMARIES_HOLD, SUMMARY_FRESHNESS_SQL, type SummaryFreshness } from './person-summary-sql';

const UNIT_FIGURES = 'required, completed, overdue, covered, recognised_completed, recognised_overdue';

/**
 * Stores again from the person summaries the rows of requirement_unit_summary of the unit paths `$1` (text[]). A row
 * counts who is overdue now, so it holds until the earliest due date among its people not yet past (or until one
 * of their summaries expires).
 */
export const REMOVE_UNIT_SUMMARY_SQL = 'DELETE FROM requirement_unit_summary WHERE user_path = ANY ($1::text[])';

export const STORE_UNIT_SUMMARY_SQL = `
  INSERT INTO requirement_unit_summary (user_path, position, ${UNIT_FIGURES}, valid_until)
  SELECT p.user_path, p.position, ${UNIT_FIGURES.split(', ').map((figure) => `sum(c.${figure})`).join(', ')},
    least(min(p.valid_until), min(p.unmet_due_at) FILTER (WHERE p.required AND p.unmet_due_at >= now()),
      min(p.recognised_unmet_due_at) FILTER (WHERE p.recognised_unmet_due_at >= now()))
  FROM requirement_person_summary p CROSS JOIN LATERAL (SELECT ${PERSON_COUNTS_SQL}) c
  WHERE p.user_path = ANY ($1::text[])
  GROUP BY p.user_path, p.position`;

/** The unit paths whose rows no longer hold: past their `valid_until`. */
export const EXPIRED_UNIT_PATHS_SQL = 'SELECT DISTINCT user_path FROM requirement_unit_summary WHERE valid_until <= now()';

/**
 * The unit paths whose stored rows cannot be trusted now: those the people marked stale were in when summed up or
 * are in now, and those past their `valid_until`.
 */
const UNTRUSTED_PATHS_SQL = `
  SELECT p.user_path FROM requirement_status_stale_person d JOIN requirement_person_summary p ON p.user_id = d.user_id
  UNION
  SELECT ou.path FROM requirement_status_stale_person d JOIN app_user u ON u.id = d.user_id JOIN org_unit ou ON ou.id = u.org_unit_id
  UNION
  SELECT user_path FROM requirement_unit_summary WHERE valid_until <= now()`;

/**
 * The figures over every requirement by unit path and position (user_path, position, UNIT_FIGURES) under `within`
 * (an SQL unit path, when given), for the requirements of a `scoped_requirement` CTE that names every requirement:
 * the stored unit rows that hold, and for the other units the sums of their people's summaries (personSummariesSql,
 * which also covers the time a requirement is marked stale), as `freshness` allows. Rows may share a path and position.
 */
export function everyRequirementUnitFiguresSql(freshness: SummaryFreshness, within?: string): string {
  const people = `SELECT p.user_path, p.position, ${PERSON_COUNTS_SQL}`;
  if (freshness === 'requirements-stale') return `${people} FROM (${personSummariesSql(freshness, within)}) p`;
  return `
  WITH untrusted_path AS (${UNTRUSTED_PATHS_SQL})
  SELECT f.user_path, f.position, ${UNIT_FIGURES.split(', ').map((figure) => `f.${figure}`).join(', ')}
  FROM requirement_unit_summary f
  WHERE (f.valid_until IS NULL OR f.valid_until > now())${within ? ` AND f.user_path LIKE ${within} || '%'` : ''}
    AND f.user_path NOT IN (SELECT user_path FROM untrusted_path)${freshness === 'unknown' ? ` AND ${SUMMARIES_HOLD}` : ''}
  UNION ALL
  ${people} FROM (${personSummariesSql(freshness, within, 'SELECT user_path FROM untrusted_path')}) p`;
}

/**
 * Runs `read` with the SQL of everyRequirementUnitFiguresSql in a snapshot of its own, the summaries' freshness read
 * in that same snapshot first, so the statement carries only the branches that run (planning the others cost more
 * than reading the unit rows).
 */
export async function readEveryRequirementFigures<T>(dataSource: DataSource, read: (manager: EntityManager, unitFigures: (within?: string) => string) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const [{ freshness }]: Array<{ freshness: SummaryFreshness }> = await manager.query(SUMMARY_FRESHNESS_SQL);
    return read(manager, (within) => everyRequirementUnitFiguresSql(freshness, within));
  });
}
