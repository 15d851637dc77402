import type { Audience } from '@hocso/contracts';
import { DomainError } from '../errors/domain.error';
import { normaliseEmail, normaliseFullName, normalisePhone, parseAudience } from '../users/user-input-rules';
import type { CsvRow } from './official-csv';
import { type RejectedRow, rejectedRow } from './rejected-row';

export interface OfficialRow {
  line: number;
  fullName: string;
  /** At least one of email and phone; an account is matched by its email when the row has one, else by its phone. */
  email: string | null;
  phone: string | null;
  orgUnitId: string;
  audience: Audience;
  position: string | null;
}

export interface OrgUnitRef {
  id: string;
  path: string;
}

/**
 * Turns one CSV row into an official or a rejection naming the column at fault.
 * `inScope` says whether the importer may place people in that org unit.
 */
export function validateOfficialRow(
  row: CsvRow,
  unitsByCode: ReadonlyMap<string, OrgUnitRef>,
  inScope: (unit: OrgUnitRef) => boolean,
): OfficialRow | RejectedRow {
  const { values, line } = row;
  try {
    const fullName = normaliseFullName(values.full_name ?? '', 'full_name');
    const email = values.email ? normaliseEmail(values.email, 'email') : null;
    const phone = normalisePhone(values.phone, 'phone');
    if (!email && !phone) throw DomainError.badInput('email', 'officialImports.emailOrPhoneRequired');
    const code = values.org_unit_code?.toUpperCase();
    if (!code) throw DomainError.badInput('org_unit_code', 'officialImports.orgUnitCodeRequired');
    const unit = unitsByCode.get(code);
    if (!unit) throw DomainError.badInput('org_unit_code', 'officialImports.orgUnitCodeUnknown', { code: values.org_unit_code ?? code });
    if (!inScope(unit)) throw DomainError.badInput('org_unit_code', 'officialImports.orgUnitOutsideScope', { code });
    const audience = values.audience ? parseAudience(values.audience, 'audience') : 'OFFICIAL';
    const position = values.position ? values.position.slice(0, 200) : null;
    return { line, fullName, email, phone, orgUnitId: unit.id, audience, position };
  } catch (error) {
    if (error instanceof DomainError) return rejectedRow(line, error.field, error.reason, error.params);
    throw error;
  }
}

/** What a row's account is matched by: its email, else its phone (E.164 starts with "+", an email holds an "@"). */
export function accountKeyOf(row: OfficialRow): string {
  return (row.email ?? row.phone) as string;
}

export function isRejected(result: OfficialRow | RejectedRow): result is RejectedRow {
  return 'reason' in result;
}
