import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertAdminOrManager, canManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import type { Locale } from '../i18n/locale';
import { decodeCsv, parseOfficialCsv } from './official-csv';
import { accountKeyOf, type OrgUnitRef } from './official-row-validator';
import { orgUnitsByCode, screenAgainstAccounts, screenRows } from './official-row-screening';
import type { RejectedRow } from './rejected-row';
import { rejectedRowsCsv } from './rejected-rows-csv';

/** At most this many rows of each kind are listed in a preview; the counts and the rejected file cover them all. */
export const PREVIEW_LISTED_ROWS = 500;

export type PreviewOutcome = 'CREATE' | 'UPDATE';

/** A row the import would write: a new account, or the update of the account that has its email (else its phone). */
export interface PreviewedRow {
  line: number;
  outcome: PreviewOutcome;
  fullName: string;
  email: string | null;
  phone: string | null;
  orgUnitCode: string;
}

export interface OfficialImportPreview {
  totalRows: number;
  createCount: number;
  updateCount: number;
  rejectedCount: number;
  /** The first PREVIEW_LISTED_ROWS rows that would be written, in file order. */
  changes: PreviewedRow[];
  /** The first PREVIEW_LISTED_ROWS rows that would be rejected, in file order. */
  rejected: RejectedRow[];
  /** Every rejected row as CSV (the file's columns and the reason), to correct and upload again; null when none. */
  rejectedCsv: string | null;
}

/**
 * The dry run of bulk onboarding: the same checks as the import, against the accounts and units as they are
 * now, and nothing written. What the import then does may differ only by what changes in between.
 */
@Injectable()
export class OfficialImportPreviewer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async preview(actor: Actor, bytes: Buffer, locale: Locale): Promise<OfficialImportPreview> {
    assertAdminOrManager(actor);
    const content = decodeCsv(bytes);
    const rows = parseOfficialCsv(content);
    // One read-only snapshot: the unit codes and the accounts are read as of the same moment.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const unitsByCode = await orgUnitsByCode(manager);
      const inScope = (unit: OrgUnitRef) => canManageOrgPath(actor, unit.path);
      const { valid, rejected } = screenRows(rows, unitsByCode, inScope, new Map());
      const { acceptable, existing } = await screenAgainstAccounts(manager, valid, actor, rejected);
      rejected.sort((a, b) => a.row - b.row);
      const codes = new Map(rows.map((row) => [row.line, row.values.org_unit_code ?? '']));
      const changes = acceptable.map<PreviewedRow>((row) => ({
        line: row.line,
        outcome: existing.has(accountKeyOf(row)) ? 'UPDATE' : 'CREATE',
        fullName: row.fullName,
        email: row.email,
        phone: row.phone,
        orgUnitCode: (codes.get(row.line) ?? '').toUpperCase(),
      }));
      const updateCount = changes.filter((row) => row.outcome === 'UPDATE').length;
      return {
        totalRows: rows.length,
        createCount: changes.length - updateCount,
        updateCount,
        rejectedCount: rejected.length,
        changes: changes.slice(0, PREVIEW_LISTED_ROWS),
        rejected: rejected.slice(0, PREVIEW_LISTED_ROWS),
        rejectedCsv: rejected.length > 0 ? rejectedRowsCsv(content, rejected, locale) : null,
      };
    });
  }
}
