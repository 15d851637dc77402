import type { EntityManager } from 'typeorm';
import { canManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { heldWithoutConfirmedEmail } from '../users/unconfirmed-holder';
import type { CsvRow } from './official-csv';
import { isRejected, type OfficialRow, type OrgUnitRef, validateOfficialRow } from './official-row-validator';
import { type RejectedRow, rejectedRow } from './rejected-row';

/** Every org unit by its code, with its path: what rows name and what decides whether the importer may place people there. */
export async function orgUnitsByCode(manager: EntityManager): Promise<Map<string, OrgUnitRef>> {
  const units: Array<{ id: string; code: string; path: string }> = await manager.query('SELECT id, code, path FROM org_unit');
  return new Map(units.map((u) => [u.code, { id: u.id, path: u.path }]));
}

/** The rows of a part of the file that can be imported, and those rejected, each with its line. */
export interface ScreenedRows {
  valid: OfficialRow[];
  rejected: RejectedRow[];
}

/**
 * Checks each row on its own, then rejects an email already taken earlier in the file. `seenEmails` holds the
 * emails of earlier rows with their lines, and gains those of these rows.
 */
export function screenRows(
  rows: readonly CsvRow[],
  unitsByCode: ReadonlyMap<string, OrgUnitRef>,
  inScope: (unit: OrgUnitRef) => boolean,
  seenEmails: Map<string, number>,
): ScreenedRows {
  const screened: ScreenedRows = { valid: [], rejected: [] };
  for (const row of rows) {
    const result = validateOfficialRow(row, unitsByCode, inScope);
    if (isRejected(result)) {
      screened.rejected.push(result);
      continue;
    }
    const firstLine = seenEmails.get(result.email);
    if (firstLine !== undefined) {
      screened.rejected.push(rejectedRow(row.line, 'email', 'officialImports.emailRepeated', { email: result.email, line: String(firstLine) }));
      continue;
    }
    seenEmails.set(result.email, row.line);
    screened.valid.push(result);
  }
  return screened;
}

/**
 * A unit manager may not take over an existing account that lives outside their subtree: such rows join
 * `rejected`. An unconfirmed self-registration in no unit is no one's yet: onboarding gives it back to the
 * mailbox owner. Answers the rows that may be imported and the emails among them that already have an account.
 */
export async function withoutAccountsOutsideScope(
  manager: EntityManager,
  rows: OfficialRow[],
  actor: Actor,
  rejected: RejectedRow[],
): Promise<{ acceptable: OfficialRow[]; existing: Set<string> }> {
  if (rows.length === 0) return { acceptable: rows, existing: new Set() };
  const accounts: Array<{ email: string; path: string | null; claimable: boolean }> = await manager.query(
    `SELECT u.email, o.path, (${heldWithoutConfirmedEmail('u')} AND u.org_unit_id IS NULL) AS claimable
       FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.email = ANY($1::varchar[])`,
    [rows.map((r) => r.email)],
  );
  const outside = new Set(accounts.filter((e) => !e.claimable && !canManageOrgPath(actor, e.path)).map((e) => e.email));
  const acceptable = rows.filter((row) => {
    if (!outside.has(row.email)) return true;
    rejected.push(rejectedRow(row.line, 'email', 'officialImports.accountOutsideScope', { email: row.email }));
    return false;
  });
  return { acceptable, existing: new Set(accounts.filter((e) => !outside.has(e.email)).map((e) => e.email)) };
}
