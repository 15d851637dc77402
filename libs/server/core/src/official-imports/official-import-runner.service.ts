import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailJob } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { canManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { loadActor } from '../auth/load-actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { composeMail } from '../mail/compose-mail';
import { MailService } from '../mail/mail.service';
import { type CsvRow, parseOfficialCsv } from './official-csv';
import { OfficialImportEntity } from './official-import.entity';
import { isRejected, type OfficialRow, type OrgUnitRef, validateOfficialRow } from './official-row-validator';
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
    const seenEmails = this.emailsOfProcessedRows(rows.slice(0, job.processedRows), unitsByCode, inScope);

    for (let start = job.processedRows; start < rows.length; start += this.config.IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + this.config.IMPORT_BATCH_SIZE);
      const outcome = await this.dataSource.transaction((manager) =>
        this.importBatch(manager, importId, batch, unitsByCode, inScope, actor, seenEmails),
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
    seenEmails: Map<string, number>,
  ): Promise<BatchOutcome> {
    const rejected: RejectedRow[] = [];
    const valid: OfficialRow[] = [];
    for (const row of batch) {
      const result = validateOfficialRow(row, unitsByCode, inScope);
      if (isRejected(result)) {
        rejected.push(result);
        continue;
      }
      const firstLine = seenEmails.get(result.email);
      if (firstLine !== undefined) {
        rejected.push(rejectedRow(row.line, 'email', 'officialImports.emailRepeated', { email: result.email, line: String(firstLine) }));
        continue;
      }
      seenEmails.set(result.email, row.line);
      valid.push(result);
    }

    const acceptable = await this.withoutAccountsOutsideScope(manager, valid, actor, rejected);
    const upserted: Array<{ id: string; email: string; inserted: boolean }> = acceptable.length
      ? await manager.query(
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
          [
            acceptable.map((r) => r.fullName),
            acceptable.map((r) => r.email),
            acceptable.map((r) => r.phone),
            acceptable.map((r) => r.audience),
            acceptable.map((r) => r.orgUnitId),
            acceptable.map((r) => r.position),
          ],
        )
      : [];
    const created = upserted.filter((u) => u.inserted);
    if (created.length > 0) {
      await manager.query(
        `INSERT INTO role_grant (user_id, role) SELECT unnest($1::uuid[]), 'LEARNER'
         ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
        [created.map((u) => u.id)],
      );
    }
    const mails = await this.passwordLinks(manager, created, acceptable);
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

  /** A unit manager may not take over an existing account that lives outside their subtree. */
  private async withoutAccountsOutsideScope(
    manager: EntityManager,
    rows: OfficialRow[],
    actor: Actor,
    rejected: RejectedRow[],
  ): Promise<OfficialRow[]> {
    if (rows.length === 0) return rows;
    const existing: Array<{ email: string; path: string | null }> = await manager.query(
      `SELECT u.email, o.path FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.email = ANY($1::varchar[])`,
      [rows.map((r) => r.email)],
    );
    const outside = new Set(existing.filter((e) => !canManageOrgPath(actor, e.path)).map((e) => e.email));
    return rows.filter((row) => {
      if (!outside.has(row.email)) return true;
      rejected.push(rejectedRow(row.line, 'email', 'officialImports.accountOutsideScope', { email: row.email }));
      return false;
    });
  }

  private async passwordLinks(
    manager: EntityManager,
    created: Array<{ id: string; email: string }>,
    rows: OfficialRow[],
  ): Promise<MailJob[]> {
    if (created.length === 0) return [];
    const names = new Map(rows.map((r) => [r.email, r.fullName]));
    const tokens = created.map(() => newSecretToken());
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_TTL_HOURS * 3_600_000);
    await manager.query(
      `INSERT INTO password_token (user_id, token_hash, expires_at)
       SELECT unnest($1::uuid[]), unnest($2::varchar[]), $3`,
      [created.map((u) => u.id), tokens.map(hashSecretToken), expiresAt],
    );
    const base = publicUrlOf(this.config);
    return created.map((user, index) => {
      const link = `${base}/set-password?token=${tokens[index]}`;
      const name = names.get(user.email) ?? '';
      const params = { name, link, hours: this.config.PASSWORD_LINK_TTL_HOURS };
      return composeMail(user.email, { subject: 'mail.setPassword.subject', body: 'mail.setPassword.body', params });
    });
  }

  /** Emails already taken by the rows committed before a resume, so in-file duplicates stay rejected. */
  private emailsOfProcessedRows(
    rows: CsvRow[],
    unitsByCode: ReadonlyMap<string, OrgUnitRef>,
    inScope: (unit: OrgUnitRef) => boolean,
  ): Map<string, number> {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const result = validateOfficialRow(row, unitsByCode, inScope);
      if (!isRejected(result) && !seen.has(result.email)) seen.set(result.email, row.line);
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
