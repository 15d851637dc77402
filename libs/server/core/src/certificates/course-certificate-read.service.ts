import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { Keyset, numberedParameters } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { CertificateEntity } from './certificate.entity';
import { assertManagesCourseCertificates } from './course-certificate-access';

export const COURSE_CERTIFICATE_PAGE_SIZES = { default: 20, max: 100 };

/** How many certificates the ZIP reads from PostgreSQL at a time. */
const ZIP_CHUNK = 200;

/** Newest serial first (the serial is the year and its sequence, so this is the order of issue). */
const BY_SERIAL = new Keyset<CertificateEntity>([{ sql: 'c.serial', type: 'text', descending: true, valueOf: (certificate) => certificate.serial }]);

/** One PDF of a course's ZIP, opened only when the archive reaches it. */
export interface CourseCertificateFile {
  serial: string;
  holderName: string;
  issuedAt: Date;
  open(): Promise<Readable | null>;
}

/** A course's certificates as a whole, for those who manage them (certificates-access.ts): the paged list and the ZIP's files. */
@Injectable()
export class CourseCertificateReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async page(actor: Actor, courseId: string, query: { first?: number | null; after?: string | null }): Promise<Page<CertificateEntity>> {
    await assertManagesCourseCertificates(this.dataSource, actor, courseId);
    const first = pageSize(query.first, COURSE_CERTIFICATE_PAGE_SIZES);
    const params: unknown[] = [courseId];
    const bind = numberedParameters(params);
    const after = query.after ? `AND ${BY_SERIAL.after(query.after, bind)}` : '';
    const [{ total }] = (await this.dataSource.query('SELECT count(*)::int AS total FROM certificate WHERE course_id = $1', [courseId])) as Array<{ total: number }>;
    const ids = (await this.dataSource.query(`SELECT c.id FROM certificate c WHERE c.course_id = $1 ${after} ORDER BY ${BY_SERIAL.orderBy()} LIMIT ${first + 1}`, params)) as Array<{ id: string }>;
    const byId = new Map(
      (ids.length ? await this.dataSource.getRepository(CertificateEntity).findBy(ids.map((row) => ({ id: row.id }))) : []).map((certificate) => [certificate.id, certificate]),
    );
    const rows = ids.map((row) => byId.get(row.id)).filter((certificate): certificate is CertificateEntity => certificate !== undefined);
    return pageOf(rows, first, total, BY_SERIAL, (certificate) => certificate);
  }

  /** Checks the right first (before any byte is sent), then answers the course's certificates with a PDF, read chunk by chunk. */
  async files(actor: Actor, courseId: string): Promise<AsyncIterable<CourseCertificateFile>> {
    await assertManagesCourseCertificates(this.dataSource, actor, courseId);
    return this.filesOf(courseId);
  }

  private async *filesOf(courseId: string): AsyncIterable<CourseCertificateFile> {
    let after = '';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT serial, holder_name, issued_at, pdf_storage_key FROM certificate
          WHERE course_id = $1 AND pdf_storage_key IS NOT NULL AND serial > $2 ORDER BY serial LIMIT $3`,
        [courseId, after, ZIP_CHUNK],
      )) as Array<{ serial: string; holder_name: string; issued_at: Date; pdf_storage_key: string }>;
      for (const row of rows) {
        yield { serial: row.serial, holderName: row.holder_name, issuedAt: row.issued_at, open: () => this.storage.open(row.pdf_storage_key) };
      }
      if (rows.length < ZIP_CHUNK) return;
      after = rows[rows.length - 1].serial;
    }
  }
}
