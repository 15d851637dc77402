import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { isUuid } from '@hocso/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { uploadLimitOf } from '../storage/upload-limit';
import { cleanUploadedFileName } from '../storage/uploaded-file-name';
import { canSeeExternalCertificateEvidence } from './external-certificate-access';
import { evidenceFileMimeType } from './external-certificate-evidence-types';
import { ExternalCertificateEvidenceEntity } from './external-certificate-evidence.entity';

export interface EvidenceUpload {
  originalName: string;
  content: Buffer;
}

/**
 * Evidence files of external certificates: uploaded by a learner (checked by name and content, bounded by
 * UPLOAD_MAX_MB, stored only once checked), attached to their submission, and read by them and by whoever may
 * review it (external-certificate-access.ts). Anyone else gets NOT_FOUND, as for an unknown id.
 */
@Injectable()
export class ExternalCertificateEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return uploadLimitOf(this.config).maxBytes;
  }

  /** The size limit as users read it, e.g. "20 MB". */
  get limitText(): string {
    return uploadLimitOf(this.config).limitText;
  }

  async upload(actor: Actor, upload: EvidenceUpload): Promise<ExternalCertificateEvidenceEntity> {
    const name = cleanUploadedFileName(upload.originalName);
    if (upload.content.length === 0) throw DomainError.badInput('file', 'externalCertificates.evidenceEmpty');
    if (upload.content.length > this.maxBytes) throw DomainError.badInput('file', 'externalCertificates.evidenceTooLarge', { limit: this.limitText }, { limitBytes: this.maxBytes });
    const mimeType = evidenceFileMimeType(name, upload.content);
    if (!mimeType) throw DomainError.badInput('file', 'externalCertificates.evidenceKind');
    const id = randomUUID();
    const storageKey = `external-certificate-evidence/${id.slice(0, 2)}/${id}`;
    return this.dataSource.transaction(async (manager) => {
      // One upload of a person at a time: the count cannot be passed by uploading in parallel.
      await manager.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [actor.userId]);
      const [{ unsubmitted }]: Array<{ unsubmitted: number }> = await manager.query(
        `SELECT count(*)::int AS unsubmitted FROM external_certificate_evidence f
          WHERE f.uploaded_by_id = $1 AND NOT EXISTS (SELECT 1 FROM external_certificate c WHERE c.evidence_file_id = f.id)`,
        [actor.userId],
      );
      const max = this.config.EVIDENCE_UNSUBMITTED_MAX;
      if (unsubmitted >= max) throw DomainError.conflict('externalCertificates.evidenceTooManyUnsubmitted', 'file', { max });
      await this.storage.put(storageKey, upload.content, mimeType);
      return manager.save(manager.create(ExternalCertificateEvidenceEntity, { id, uploadedById: actor.userId, name, size: upload.content.length, mimeType, storageKey }));
    });
  }

  /**
   * Deletes the evidence files uploaded before `cutoff` that no certificate was submitted with, rows first
   * (locked, skipping any a submission holds now), then their bytes. Running it again deletes nothing more.
   */
  async deleteUnsubmittedBefore(cutoff: Date, batchSize = 500): Promise<number> {
    let deleted = 0;
    for (;;) {
      const keys = await this.dataSource.transaction(async (manager) => {
        const rows = updatedRows<{ storage_key: string }>(
          await manager.query(
          `DELETE FROM external_certificate_evidence WHERE id IN (
             SELECT f.id FROM external_certificate_evidence f
              WHERE f.uploaded_at < $1 AND NOT EXISTS (SELECT 1 FROM external_certificate c WHERE c.evidence_file_id = f.id)
              ORDER BY f.uploaded_at LIMIT $2 FOR UPDATE SKIP LOCKED)
           RETURNING storage_key`,
            [cutoff, batchSize],
          ),
        );
        return rows.map((row) => row.storage_key);
      });
      for (const key of keys) await this.storage.delete(key);
      deleted += keys.length;
      if (keys.length < batchSize) return deleted;
    }
  }

  /** The actor's own upload, not yet the evidence of any submission, locked until the caller's transaction ends. */
  async claim(manager: EntityManager, actor: Actor, id: string): Promise<ExternalCertificateEvidenceEntity> {
    const file = isUuid(id) ? await manager.findOne(ExternalCertificateEvidenceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!file || file.uploadedById !== actor.userId) throw DomainError.badInput('evidenceFileId', 'externalCertificates.evidenceNotFound', { id: String(id).slice(0, 64) });
    const [attached] = (await manager.query('SELECT 1 FROM external_certificate WHERE evidence_file_id = $1', [id])) as unknown[];
    if (attached) throw DomainError.conflict('externalCertificates.evidenceInUse', 'evidenceFileId');
    return file;
  }

  async openFor(actor: Actor, id: string): Promise<{ file: ExternalCertificateEvidenceEntity; stream: Readable }> {
    const [row] = isUuid(id)
      ? ((await this.dataSource.query(
          `SELECT f.uploaded_by_id, c.id AS certificate_id, o.path
             FROM external_certificate_evidence f
             LEFT JOIN external_certificate c ON c.evidence_file_id = f.id
             LEFT JOIN app_user u ON u.id = c.holder_id
             LEFT JOIN org_unit o ON o.id = u.org_unit_id
            WHERE f.id = $1`,
          [id],
        )) as Array<{ uploaded_by_id: string; certificate_id: string | null; path: string | null }>)
      : [];
    const visible = row !== undefined && canSeeExternalCertificateEvidence(actor, { uploadedById: row.uploaded_by_id, attached: row.certificate_id !== null, holderOrgUnitPath: row.path });
    if (!visible) throw DomainError.notFound('externalCertificates.evidenceNotFound', String(id).slice(0, 64));
    const file = await this.dataSource.getRepository(ExternalCertificateEvidenceEntity).findOneOrFail({ where: { id } });
    const stream = await this.storage.open(file.storageKey);
    if (!stream) throw DomainError.notFound('externalCertificates.evidenceNotFound', id);
    return { file, stream };
  }
}
