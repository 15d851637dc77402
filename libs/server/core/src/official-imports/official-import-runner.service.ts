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
import { setPasswordMail } from '../auth/set-password-mail';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { MailService } from '../mail/mail.service';
import { writePlacementChanged } from '../outbox/placement-changed';
import { heldWithoutConfirmedEmail } from '../users/unconfirmed-holder';
import { matchKeys, orgUnitsByCode, screenAgainstAccounts, screenRows } from './official-row-screening';
import { type CsvRow, parseOfficialCsv } from './official-csv';
import { OfficialImportEntity } from './official-import.entity';
import type { OfficialRow, OrgUnitRef } from './official-row-validator';
import type { RejectedRow } from './rejected-row';

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
    const unitsByCode = await orgUnitsByCode(this.dataSource.manager);
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
    const { valid, rejected } = screenRows(batch, unitsByCode, inScope, seen);
    const { acceptable } = await screenAgainstAccounts(manager, valid, actor, rejected);
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
             -- A new number is the import's, not yet the holder's (edited-phone.ts): no reset code goes there before a code is used from it.
             phone_verified_at = CASE WHEN coalesce(EXCLUDED.phone, app_user.phone) IS DISTINCT FROM app_user.phone THEN NULL ELSE app_user.phone_verified_at END,
             phone_changed_at = CASE WHEN coalesce(EXCLUDED.phone, app_user.phone) IS DISTINCT FROM app_user.phone THEN now() ELSE app_user.phone_changed_at END,
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
    return accounts.map((user, index) => setPasswordMail(this.config, { email: user.email, fullName: names.get(user.email) ?? '' }, tokens[index]));
  }

  /** Emails and phones already taken by the rows committed before a resume, so in-file duplicates stay rejected. */
  private identifiersOfProcessedRows(
    rows: CsvRow[],
    unitsByCode: ReadonlyMap<string, OrgUnitRef>,
    inScope: (unit: OrgUnitRef) => boolean,
  ): Map<string, number> {
    const seen = new Map<string, number>();
    screenRows(rows, unitsByCode, inScope, seen);
    return seen;
  }

  private async actorOf(userId: string): Promise<Actor> {
    return (await loadActor(this.dataSource, userId)) ?? { userId, grants: [] };
  }
}
