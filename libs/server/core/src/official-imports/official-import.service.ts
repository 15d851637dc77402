import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type OfficialImportJob, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource, Repository } from 'typeorm';
import { assertAdminOrManager } from '../access/access-policy';
import { type Actor, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { decodeCsv, parseOfficialCsv } from './official-csv';
import { OfficialImportEntity } from './official-import.entity';
import { pageSize } from '../pagination/page';
import { REJECTED_ROWS_PAGE_SIZES, type RejectedRow } from './rejected-row';
import { rejectedRowsCsv } from './rejected-rows-csv';
import type { Locale } from '../i18n/locale';

/** The API side of bulk onboarding: checks the file, stores it, and hands it to the worker. */
@Injectable()
export class OfficialImportService {
  constructor(
    @InjectRepository(OfficialImportEntity) private readonly imports: Repository<OfficialImportEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.officialImport) private readonly queue: Queue<OfficialImportJob>,
  ) {}

  async start(actor: Actor, fileName: string, bytes: Buffer): Promise<OfficialImportEntity> {
    assertAdminOrManager(actor);
    const name = fileName.trim().slice(0, 255);
    if (!name) throw DomainError.badInput('fileName', 'officialImports.fileNameRequired');
    const content = decodeCsv(bytes);
    const rows = parseOfficialCsv(content);
    const saved = await this.imports.save(
      this.imports.create({ createdById: actor.userId, fileName: name, content, status: 'QUEUED', totalRows: rows.length }),
    );
    await this.enqueue(saved.id);
    return saved;
  }

  /** Deterministic job id: enqueuing the same import twice (the reconciler, a retry) adds one job. */
  async enqueue(importId: string): Promise<void> {
    await this.queue.add('import', { importId }, { jobId: `official-import-${importId}` });
  }

  async get(actor: Actor, id: string): Promise<OfficialImportEntity> {
    assertAdminOrManager(actor);
    const found = await this.imports.findOne({ where: { id } });
    if (!found || (!isAdmin(actor) && found.createdById !== actor.userId)) throw DomainError.notFound('officialImports.notFound', id);
    return found;
  }

  list(actor: Actor, first = 20): Promise<OfficialImportEntity[]> {
    assertAdminOrManager(actor);
    return this.imports.find({
      where: isAdmin(actor) ? {} : { createdById: actor.userId },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  /**
   * A page of the rows an import rejected, in file order, after the line `afterRow` (the last row of the page
   * before). For an import the caller has already been allowed to read (`get`, `list`).
   */
  async rejectedRows(importId: string, page: { first?: number | null; afterRow?: number | null }): Promise<RejectedRow[]> {
    const first = pageSize(page.first, REJECTED_ROWS_PAGE_SIZES);
    const rows: Array<{ rejected: RejectedRow }> = await this.dataSource.query(
      `SELECT r.rejected FROM official_import i, jsonb_array_elements(i.rejected_rows) WITH ORDINALITY AS r(rejected, n)
        WHERE i.id = $1 AND (r.rejected->>'row')::int > $2
        ORDER BY r.n LIMIT $3`,
      [importId, page.afterRow ?? 0, first],
    );
    return rows.map((row) => row.rejected);
  }

  /** The rows the import rejected as CSV to correct and upload again (see rejectedRowsCsv); null when it rejected none. */
  async rejectedRowsCsv(actor: Actor, id: string, locale: Locale): Promise<string | null> {
    await this.get(actor, id);
    const [row]: Array<{ content: string; rejected_rows: RejectedRow[] }> = await this.dataSource.query(
      'SELECT content, rejected_rows FROM official_import WHERE id = $1',
      [id],
    );
    return row.rejected_rows.length > 0 ? rejectedRowsCsv(row.content, row.rejected_rows, locale) : null;
  }

  /** Imports still waiting after a while: their job may have been lost with Redis. */
  async stalledIds(olderThanSeconds: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM official_import
        WHERE status IN ('QUEUED', 'RUNNING') AND created_at < now() - make_interval(secs => $1)`,
      [olderThanSeconds],
    );
    return rows.map((row) => row.id);
  }
}
