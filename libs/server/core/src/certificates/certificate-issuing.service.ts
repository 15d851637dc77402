import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NotificationMailer } from '../notifications/notification-mailer';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import { lockCertificateFacts } from './certificate-facts';
import { renderCertificatePdf } from './certificate-pdf';
import { printedCertificate } from './certificate-printed';
import { certificateUrls } from './certificate-urls';
import { CertificateWriter } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';

export interface IssueOutcome {
  /** A certificate was created by this run (false when it existed, or the enrollment is not completed). */
  created: boolean;
  /** Certificates of the enrollment whose PDF or credential this run finished. */
  finished: number;
}

/** The storage key of a certificate's PDF: one per certificate, so a re-run overwrites its own half-written file. */
export function certificatePdfKey(certificateId: string): string {
  return `certificates/${certificateId}`;
}

/**
 * Issues certificates, exactly once per completed enrollment. The row goes in first (a unique constraint per
 * enrollment and issue, under the enrollment's row lock), then the artefacts are made outside the
 * transaction; a run that dies in between leaves the row, and the next run finishes it.
 */
@Injectable()
export class CertificateIssuingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly writer: CertificateWriter,
    private readonly mailer: NotificationMailer,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  /** The job: idempotent, and safe to run twice at once. */
  async issueForEnrollment(enrollmentId: string): Promise<IssueOutcome> {
    const created = await this.issueFirst(enrollmentId);
    const unfinished = await this.dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .where('c.enrollment_id = :enrollmentId', { enrollmentId })
      .andWhere(this.credentials ? '(c.pdf_storage_key IS NULL OR c.credential IS NULL)' : 'c.pdf_storage_key IS NULL')
      .orderBy('c.issue_number')
      .getMany();
    for (const certificate of unfinished) await this.finish(certificate);
    return { created, finished: unfinished.length };
  }

  private issueFirst(enrollmentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await lockCertificateFacts(manager, enrollmentId);
      if (!facts || facts.enrollmentStatus !== 'COMPLETED' || !facts.completedAt) return false;
      const [existing] = (await manager.query('SELECT 1 FROM certificate WHERE enrollment_id = $1 LIMIT 1', [enrollmentId])) as unknown[];
      if (existing) return false;
      await this.writer.insert(manager, { ...facts, completedAt: facts.completedAt }, { issueNumber: 1, replacesCertificateId: null, reissueReason: null });
      return true;
    });
  }

  /** Makes what the certificate still lacks, each step written only where it is still missing. */
  private async finish(certificate: CertificateEntity): Promise<void> {
    const urls = certificateUrls(publicUrlOf(this.config), certificate.serial);
    if (!certificate.pdfStorageKey) {
      const pdf = await renderCertificatePdf({ ...printedCertificate(certificate), verifyUrl: urls.verifyUrl });
      const key = certificatePdfKey(certificate.id);
      await this.storage.put(key, pdf, 'application/pdf');
      await this.dataSource.query('UPDATE certificate SET pdf_storage_key = $2 WHERE id = $1 AND pdf_storage_key IS NULL', [certificate.id, key]);
    }
    if (this.credentials && !certificate.credential) await this.sign(this.credentials, certificate, urls);
    await this.mailer.mailMatching(certificate.userId, 'certificate.issued', { serial: certificate.serial });
  }

  private async sign(credentials: CertificateCredentials, certificate: CertificateEntity, urls: ReturnType<typeof certificateUrls>): Promise<void> {
    const status = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query('SELECT status_list_id, status_list_index FROM certificate WHERE id = $1 FOR UPDATE', [certificate.id])) as Array<{
        status_list_id: string | null;
        status_list_index: number | null;
      }>;
      if (row.status_list_id !== null && row.status_list_index !== null) return { listId: row.status_list_id, index: row.status_list_index };
      // Issued before credentials were signed: its entry is taken now.
      const allocated = await credentials.allocateStatus(manager);
      await manager.query('UPDATE certificate SET status_list_id = $2, status_list_index = $3 WHERE id = $1', [certificate.id, allocated.listId, allocated.index]);
      if (certificate.status === 'REVOKED') await credentials.revokeStatus(manager, allocated.listId, allocated.index);
      return allocated;
    });
    const { issuerName: _issuer, ...printed } = printedCertificate(certificate);
    // The credential's id is `urn:uuid:<certificate id>`; it is served at urls.credentialUrl.
    const credential = await credentials.sign({ ...printed, credentialId: certificate.id, verifyUrl: urls.verifyUrl, status });
    await this.dataSource.query('UPDATE certificate SET credential = $2 WHERE id = $1 AND credential IS NULL', [certificate.id, JSON.stringify(credential)]);
  }
}
