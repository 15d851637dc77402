import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailJob } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { canManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { loadActor } from '../auth/load-actor';
import { EmailConfirmationService } from '../auth/email-confirmation.service';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { TokenService } from '../auth/token.service';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { composeMail } from '../mail/compose-mail';
import { MailService } from '../mail/mail.service';
import { writePlacementChanged } from '../outbox/placement-changed';
import { heldWithoutConfirmedEmail } from '../users/unconfirmed-holder';
import { type CsvRow, parseOfficialCsv } from './official-csv';
import { OfficialImportEntity } from './official-import.entity';
import { accountKeyOf, isRejected, type OfficialRow, type OrgUnitRef, validateOfficialRow } from './official-row-validator';
import { type RejectedRow, rejectedRow } from './rejected-row';

export interface ImportProgress {
  processedRows: number;
  totalRows: number;
  percent: number;
}

interface BatchOutcome {
  created: number;
  updated: number;
  rejected: RejectedRow[];
  mails: MailJob[];
}

/**
 * The worker side of bulk onboarding. Each batch and its progress commit in one transaction, so a
 * worker that dies mid-file resumes exactly after the last committed batch, and re-running a file
 * updates the same accounts instead of creating new ones.
 */
@Injectable()
export class OfficialImportRunner {
  private readonly logger = new Logger('OfficialImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly tokens: TokenService,
    private readonly confirmations: EmailConfirmationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(importId: string, onProgress: (progress: ImportProgress) => Promise<void> = async () => undefined): Promise<void> {
    const job = await this.dataSource
      .getRepository(OfficialImportEntity)
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :importId', { importId })
      .getOne();
    if (!job || job.status === 'COMPLETED' || job.status === 'FAILED') return;
    await this.dataSource.query(
      `UPDATE official_import SET status = 'RUNNING', started_at = coalesce(started_at, now()) WHERE id = $1`,
      [importId],
    );
    const rows = parseOfficialCsv(job.content);
    const actor = await this.actorOf(job.createdById);
    const unitsByCode = await this.orgUnitsByCode();
    const inScope = (unit: OrgUnitRef) => canManageOrgPath(actor, unit.path);
    const seen = this.identifiersOfProcessedRows(rows.slice(0, job.processedRows), unitsByCode, inScope);

    for (let start = job.processedRows; start < rows.length; start += this.config.IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + this.config.IMPORT_BATCH_SIZE);
      const outcome = await this.dataSource.transaction((manager) =>
        this.importBatch(manager, importId, batch, unitsByCode, inScope, actor, seen),
      );
      await this.mail.enqueue(outcome.mails);
      const processedRows = start + batch.length;
      await onProgress({ processedRows, totalRows: rows.length, percent: Math.floor((processedRows / rows.length) * 100) });
    }
    await this.dataSource.query(
      `UPDATE official_import SET status = 'COMPLETED', finished_at = now() WHERE id = $1`,
      [importId],
    );
    this.logger.log(`Import ${importId} (${job.fileName}) completed: ${rows.length} rows`);
  }

  async markFailed(importId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE official_import SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND status <> 'COMPLETED'`,
      [importId, error.slice(0, 2000)],
    );
  }

  private async importBatch(
    manager: EntityManager,
    importId: string,
    batch: CsvRow[],
    unitsByCode: ReadonlyMap<string, OrgUnitRef>,
    inScope: (unit: OrgUnitRef) => boolean,
    actor: Actor,
    seen: Map<string, number>,
  ): Promise<BatchOutcome> {
    const rejected: RejectedRow[] = [];
    const valid: OfficialRow[] = [];
    for (const row of batch) {
      const result = validateOfficialRow(row, unitsByCode, inScope);
      if (isRejected(result)) {
        rejected.push(result);
        continue;
      }
      const repeated = repeatIn(seen, result);
      if (repeated) {
        rejected.push(repeated);
        continue;
      }
      for (const key of [result.email, result.phone]) if (key) seen.set(key, row.line);
      valid.push(result);
    }

    const ours = await this.withoutAccountsOutsideScope(manager, valid, actor, rejected);
    const acceptable = await this.withoutPhonesOfOtherAccounts(manager, ours, rejected);
    const unconfirmed = await this.unconfirmedAccounts(manager, acceptable);
    const byEmail = acceptable.filter((row) => row.email !== null);
    const byPhone = acceptable.filter((row) => row.email === null);
    const upserted: Array<{ id: string; email: string | null; inserted: boolean }> = [
      ...(await this.upsertByEmail(manager, byEmail)),
      ...(await this.upsertByPhone(manager, byPhone)),
    ];
    const created = upserted.filter((u) => u.inserted);
    await writePlacementChanged(manager, importId, upserted.map((u) => u.id));
    if (created.length > 0) {
      await manager.query(
        `INSERT INTO role_grant (user_id, role) SELECT unnest($1::uuid[]), 'LEARNER'
         ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
        [created.map((u) => u.id)],
      );
    }
    const reclaimed = upserted.filter((u) => !u.inserted && unconfirmed.has(u.id));
    await this.reclaim(manager, reclaimed.map((u) => u.id));
    // Accounts with only a phone get no mail: their owner asks for a code by SMS ("forgotten password").
    const mailable = [...created, ...reclaimed].filter((u): u is { id: string; email: string; inserted: boolean } => u.email !== null);
    const mails = await this.passwordLinks(manager, mailable, acceptable);
    rejected.sort((a, b) => a.row - b.row);
    await manager.query(
      `UPDATE official_import SET
         processed_rows = processed_rows + $2,
         created_count = created_count + $3,
         updated_count = updated_count + $4,
         rejected_count = rejected_count + $5,
         rejected_rows = rejected_rows || $6::jsonb
       WHERE id = $1`,
      [importId, batch.length, created.length, upserted.length - created.length, rejected.length, JSON.stringify(rejected)],
    );
    return { created: created.length, updated: upserted.length - created.length, rejected, mails };
  }

  private async upsertByEmail(manager: EntityManager, rows: OfficialRow[]): Promise<Array<{ id: string; email: string | null; inserted: boolean }>> {
    return rows.length === 0
      ? []
      : manager.query(
          `INSERT INTO app_user (full_name, email, phone, audience, org_unit_id, position)
           SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[])
           ON CONFLICT ON CONSTRAINT app_user_email_key DO UPDATE SET
             full_name = EXCLUDED.full_name,
             phone = coalesce(EXCLUDED.phone, app_user.phone),
             audience = EXCLUDED.audience,
             org_unit_id = EXCLUDED.org_unit_id,
             position = coalesce(EXCLUDED.position, app_user.position),
             updated_at = now()
           RETURNING id, email, (xmax = 0) AS inserted`,
          [rows.map((r) => r.fullName), rows.map((r) => r.email), rows.map((r) => r.phone), rows.map((r) => r.audience), rows.map((r) => r.orgUnitId), rows.map((r) => r.position)],
        );
  }

  /** Rows with a phone and no email: the account that uses the phone is updated, or one is created. */
  private async upsertByPhone(manager: EntityManager, rows: OfficialRow[]): Promise<Array<{ id: string; email: string | null; inserted: boolean }>> {
    return rows.length === 0
      ? []
      : manager.query(
          `INSERT INTO app_user (full_name, phone, audience, org_unit_id, position)
           SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[])
           ON CONFLICT ON CONSTRAINT app_user_phone_key DO UPDATE SET
             full_name = EXCLUDED.full_name,
             audience = EXCLUDED.audience,
             org_unit_id = EXCLUDED.org_unit_id,
             position = coalesce(EXCLUDED.position, app_user.position),
             updated_at = now()
           RETURNING id, email, (xmax = 0) AS inserted`,
          [rows.map((r) => r.fullName), rows.map((r) => r.phone), rows.map((r) => r.audience), rows.map((r) => r.orgUnitId), rows.map((r) => r.position)],
        );
  }

  /** An email row may not give its account a phone that another account uses. */
  private async withoutPhonesOfOtherAccounts(manager: EntityManager, rows: OfficialRow[], rejected: RejectedRow[]): Promise<OfficialRow[]> {
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

  /**
   * A unit manager may not take over an existing account that lives outside their subtree. An unconfirmed
   * self-registration in no unit is no one's yet: onboarding gives it back to the mailbox owner (see reclaim).
   */
  private async withoutAccountsOutsideScope(
    manager: EntityManager,
    rows: OfficialRow[],
    actor: Actor,
    rejected: RejectedRow[],
  ): Promise<OfficialRow[]> {
    if (rows.length === 0) return rows;
    const existing: Array<{ email: string | null; phone: string | null; path: string | null; claimable: boolean }> = await manager.query(
      `SELECT u.email, u.phone, o.path, (${heldWithoutConfirmedEmail('u')} AND u.org_unit_id IS NULL) AS claimable
         FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
        WHERE u.email = ANY($1::varchar[]) OR u.phone = ANY($2::varchar[])`,
      matchKeys(rows),
    );
    const outside = new Set(existing.filter((e) => !e.claimable && !canManageOrgPath(actor, e.path)).flatMap((e) => [e.email, e.phone]));
    return rows.filter((row) => {
      if (!outside.has(accountKeyOf(row))) return true;
      rejected.push(rejectedRow(row.line, row.email ? 'email' : 'phone', 'officialImports.accountOutsideScope', { email: accountKeyOf(row) }));
      return false;
    });
  }

  /** Ids of the rows' existing accounts that someone holds without having confirmed the email, locked. */
  private async unconfirmedAccounts(manager: EntityManager, rows: OfficialRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const found: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM app_user u WHERE (u.email = ANY($1::varchar[]) OR u.phone = ANY($2::varchar[])) AND ${heldWithoutConfirmedEmail('u')} FOR UPDATE`,
      matchKeys(rows),
    );
    return new Set(found.map((row) => row.id));
  }

  /**
   * Takes unconfirmed self-registrations back for their mailbox owner before they become officials: whoever
   * registered the address loses the password, every session and the pending confirmation links; the
   * set-password link goes to the mailbox, as for a new account.
   */
  private async reclaim(manager: EntityManager, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query('UPDATE app_user SET password_hash = NULL, updated_at = now() WHERE id = ANY($1::uuid[])', [userIds]);
    await manager.query('UPDATE password_token SET used_at = now() WHERE user_id = ANY($1::uuid[]) AND used_at IS NULL', [userIds]);
    await this.confirmations.cancelLinks(manager, userIds);
    for (const userId of userIds) await this.tokens.revokeAllOfUser(userId, manager);
    this.logger.log(`Onboarding took back ${userIds.length} unconfirmed self-registered account(s) for their mailbox owners`);
  }

  private async passwordLinks(
    manager: EntityManager,
    accounts: Array<{ id: string; email: string }>,
    rows: OfficialRow[],
  ): Promise<MailJob[]> {
    if (accounts.length === 0) return [];
    const names = new Map(rows.map((r) => [r.email, r.fullName]));
    const tokens = accounts.map(() => newSecretToken());
    const ttlHours = this.config.PASSWORD_LINK_TTL_HOURS;
    await manager.query(
      `INSERT INTO password_token (user_id, token_hash, expires_at)
       SELECT unnest($1::uuid[]), unnest($2::varchar[]), $3`,
      [accounts.map((u) => u.id), tokens.map(hashSecretToken), new Date(Date.now() + ttlHours * 3_600_000)],
    );
    const base = publicUrlOf(this.config);
    return accounts.map((user, index) => {
      const params = { name: names.get(user.email) ?? '', link: `${base}/set-password?token=${tokens[index]}`, hours: ttlHours };
      return composeMail(user.email, { subject: 'mail.setPassword.subject', body: 'mail.setPassword.body', params });
    });
  }

  /** Emails and phones already taken by the rows committed before a resume, so in-file duplicates stay rejected. */
  private identifiersOfProcessedRows(
    rows: CsvRow[],
    unitsByCode: ReadonlyMap<string, OrgUnitRef>,
    inScope: (unit: OrgUnitRef) => boolean,
  ): Map<string, number> {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const result = validateOfficialRow(row, unitsByCode, inScope);
      if (isRejected(result) || repeatIn(seen, result)) continue;
      for (const key of [result.email, result.phone]) if (key) seen.set(key, row.line);
    }
    return seen;
  }

  private async orgUnitsByCode(): Promise<Map<string, OrgUnitRef>> {
    const units: Array<{ id: string; code: string; path: string }> = await this.dataSource.query('SELECT id, code, path FROM org_unit');
    return new Map(units.map((u) => [u.code, { id: u.id, path: u.path }]));
  }

  private async actorOf(userId: string): Promise<Actor> {
    return (await loadActor(this.dataSource, userId)) ?? { userId, grants: [] };
  }
}

/** The emails of the rows matched by email, and the phones of those matched by phone. */
function matchKeys(rows: OfficialRow[]): [string[], string[]] {
  return [rows.flatMap((row) => (row.email ? [row.email] : [])), rows.flatMap((row) => (row.email ? [] : [row.phone as string]))];
}

/** The rejection of a row whose email or phone an earlier row of the file already has; null when neither. */
function repeatIn(seen: ReadonlyMap<string, number>, row: OfficialRow): RejectedRow | null {
  const emailLine = row.email ? seen.get(row.email) : undefined;
  if (emailLine !== undefined) return rejectedRow(row.line, 'email', 'officialImports.emailRepeated', { email: row.email as string, line: String(emailLine) });
  const phoneLine = row.phone ? seen.get(row.phone) : undefined;
  if (phoneLine !== undefined) return rejectedRow(row.line, 'phone', 'officialImports.phoneRepeated', { phone: row.phone as string, line: String(phoneLine) });
  return null;
}
