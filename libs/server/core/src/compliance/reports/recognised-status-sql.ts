import { currentRequirementStatusSql } from '../requirement-status-sql';

/**
 * The plan's measure of who holds the qualification, for the requirements of a `scoped_requirement` CTE: each
 * covered person (under `within`, an SQL unit path, when given) with `met` also when, for a requirement counted in
 * hours, the hours of the completed courses and of the approved (recognised) external certificates, within the
 * recurrence, reach it (`recognised_met` of the stored standing).
 */
export function recognisedStatusSql(within?: string): string {
  return `SELECT requirement_id, user_id, user_path, due_at, recognised_met AS met FROM (${currentRequirementStatusSql(within)}) s`;
}
