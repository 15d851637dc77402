import type { EntityManager } from 'typeorm';
import { canManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { heldWithoutConfirmedEmail } from '../users/unconfirmed-holder';
import type { CsvRow } from './official-csv';
import { accountKeyOf, isRejected, type OfficialRow, type OrgUnitRef, validateOfficialRow } from './official-row-validator';
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
 * Checks each row on its own, then rejects an email or phone already taken earlier in the file. `seen` holds the
 * emails and phones of earlier rows with their lines, and gains those of these rows.
 */
export function screenRows(
  rows: readonly CsvRow[],
  unitsByCode: ReadonlyMap<string, OrgUnitRef>,
  inScope: (unit: OrgUnitRef) => boolean,
  seen: Map<string, number>,
): ScreenedRows {
  const screened: ScreenedRows = { valid: [], rejected: [] };
  for (const row of rows) {
    const result = validateOfficialRow(row, unitsByCode, inScope);
    if (isRejected(result)) {
      screened.rejected.push(result);
      continue;
    }
    const repeated = repeatIn(seen, result);
    if (repeated) {
      screened.rejected.push(repeated);
      continue;
    }
    for (const key of [result.email, result.phone]) if (key) seen.set(key, row.line);
    screened.valid.push(result);
  }
  return screened;
}

/** The rejection of a row whose email or phone an earlier row of the file already has; null when neither. */
function repeatIn(seen: ReadonlyMap<string, number>, row: OfficialRow): RejectedRow | null {
  const emailLine = row.email ? seen.get(row.email) : undefined;
  if (emailLine !== undefined) return rejectedRow(row.line, 'email', 'officialImports.emailRepeated', { email: row.email as string, line: String(emailLine) });
  const phoneLine = row.phone ? seen.get(row.phone) : undefined;
  if (phoneLine !== undefined) return rejectedRow(row.line, 'phone', 'officialImports.phoneRepeated', { phone: row.phone as string, line: String(phoneLine) });
  return null;
}

/** The emails of the rows matched by email, and the phones of those matched by phone (rows without an email). */
export function matchKeys(rows: readonly OfficialRow[]): [string[], string[]] {
  return [rows.flatMap((row) => (row.email ? [row.email] : [])), rows.flatMap((row) => (row.email ? [] : [row.phone as string]))];
}

/**
 * The checks of rows against the accounts there are: those outside the actor's reach, and phones of other
 * accounts, join `rejected`. Answers the rows that may be imported and the keys (accountKeyOf) among them that
 * already have an account, which the import updates.
 */
export async function screenAgainstAccounts(
  manager: EntityManager,
  rows: OfficialRow[],
  actor: Actor,
  rejected: RejectedRow[],
): Promise<{ acceptable: OfficialRow[]; existing: Set<string> }> {
  const { acceptable, existing } = await withoutAccountsOutsideScope(manager, rows, actor, rejected);
  return { acceptable: await withoutPhonesOfOtherAccounts(manager, acceptable, rejected), existing };
}

/**
 * A unit manager may not take over an existing account that lives outside their subtree: such rows join
 * `rejected`. An unconfirmed self-registration in no unit is no one's yet: onboarding gives it back to the
 * mailbox owner. A row is matched to an account by its email, or by its phone when it has no email.
 */
async function withoutAccountsOutsideScope(
  manager: EntityManager,
  rows: OfficialRow[],
  actor: Actor,
  rejected: RejectedRow[],
): Promise<{ acceptable: OfficialRow[]; existing: Set<string> }> {
  if (rows.length === 0) return { acceptable: rows, existing: new Set() };
  const accounts: Array<{ email: string | null; phone: string | null; path: string | null; claimable: boolean }> = await manager.query(
    `SELECT u.email, u.phone, o.path, (${heldWithoutConfirmedEmail('u')} AND u.org_unit_id IS NULL) AS claimable
       FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
      WHERE u.email = ANY($1::varchar[]) OR u.phone = ANY($2::varchar[])`,
    matchKeys(rows),
  );
  const keysOf = (account: { email: string | null; phone: string | null }) => [account.email, account.phone].filter((key): key is string => key !== null);
  const outside = new Set(accounts.filter((e) => !e.claimable && !canManageOrgPath(actor, e.path)).flatMap(keysOf));
  const acceptable = rows.filter((row) => {
    if (!outside.has(accountKeyOf(row))) return true;
    rejected.push(rejectedRow(row.line, row.email ? 'email' : 'phone', 'officialImports.accountOutsideScope', { email: accountKeyOf(row) }));
    return false;
  });
  const existing = new Set(accounts.flatMap(keysOf).filter((key) => !outside.has(key)));
  return { acceptable, existing };
}

/** An email row may not give its account a phone that another account uses. */
async function withoutPhonesOfOtherAccounts(manager: EntityManager, rows: OfficialRow[], rejected: RejectedRow[]): Promise<OfficialRow[]> {
  const phones = rows.filter((row) => row.email !== null && row.phone !== null).map((row) => row.phone as string);
  if (phones.length === 0) return rows;
  const holders: Array<{ phone: string; email: string | null }> = await manager.query('SELECT phone, email FROM app_user WHERE phone = ANY($1::varchar[])', [phones]);
  const holderOf = new Map(holders.map((holder) => [holder.phone, holder.email]));
  return rows.filter((row) => {
    if (row.email === null || row.phone === null || !holderOf.has(row.phone) || holderOf.get(row.phone) === row.email) return true;
    rejected.push(rejectedRow(row.line, 'phone', 'officialImports.phoneOfAnotherAccount', { phone: row.phone }));
    return false;
  });
}
