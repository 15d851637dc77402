import { type BeforeApplicationShutdown, Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NotificationMailer } from '../notifications/notification-mailer';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { CertificateArtefactPool } from './certificate-artefact-pool';
import type { ArtefactRequest } from './certificate-artefacts';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import { lockCertificateFactsOfMany } from './certificate-facts';
import { printedCertificate } from './certificate-printed';
import { certificateUrls } from './certificate-urls';
import { type CertificateToInsert, CertificateWriter } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';
import { GroupCommit } from './group-commit';

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

/** What a run made for a certificate, to be written where the row still lacks it. */
interface FinishedArtefacts {
  certificateId: string;
  pdfStorageKey: string | null;
  credential: Record<string, unknown> | null;
}

/**
 * Issues certificates, exactly once per completion of an enrollment (its first, and each retake's). The row goes in
 * first (a unique constraint per enrollment, completion and issue, under the enrollment's row lock), then the artefacts are made outside the
 * transaction; a run that dies in between leaves the row, and the next run finishes it.
 *
 * The jobs running at once in a process share their writes: the certificates of the enrollments asked for while
 * a batch is being inserted go into the next batch (one transaction, serials and status entries by one statement
 * each), and the finished artefacts are written back the same way. The PDF and the credential are made in the
 * artefact threads (CertificateArtefactPool).
 */
@Injectable()
export class CertificateIssuingService implements BeforeApplicationShutdown {
  private readonly firstIssues = new GroupCommit<string, { created: boolean; unfinished: CertificateEntity[] }>('CertificateIssuing', (ids) => this.issueFirst(ids));
  private readonly finishing = new Map<string, Promise<void>>();
  private readonly finishedWrites = new GroupCommit<FinishedArtefacts, void>('CertificateArtefacts', (finished) => this.writeFinished(finished));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly writer: CertificateWriter,
    private readonly mailer: NotificationMailer,
    private readonly artefacts: CertificateArtefactPool,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  /** The job: idempotent, and safe to run twice at once. */
  async issueForEnrollment(enrollmentId: string): Promise<IssueOutcome> {
    const { created, unfinished } = await this.firstIssues.submit(enrollmentId);
    for (const certificate of unfinished) await this.finish(certificate);
    return { created, finished: unfinished.length };
  }

  /** Readies the artefact threads before the first job: a process that issues certificates calls it as it starts. */
  prepare(): void {
    this.artefacts.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.firstIssues.settled();
    await this.finishedWrites.settled();
  }

  /**
   * Inserts the first certificate of each completed enrollment whose latest completion has none, in one transaction, then reads
   * what each enrollment's certificates still lack (this run's and any earlier run's).
   */
  private async issueFirst(enrollmentIds: string[]): Promise<Array<{ created: boolean; unfinished: CertificateEntity[] }>> {
    const created = await this.dataSource.transaction(async (manager) => {
      const facts = await lockCertificateFactsOfMany(manager, enrollmentIds);
      // A certificate of the enrollment's latest completion, of any issue: a renewal's completion has none yet.
      const existing = (await manager.query(
        `SELECT DISTINCT c.enrollment_id FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id AND e.completion_number = c.completion_number
          WHERE c.enrollment_id = ANY($1::uuid[])`,
        [[...facts.keys()]],
      )) as Array<{ enrollment_id: string }>;
      const issued = new Set(existing.map((row) => row.enrollment_id));
      const toInsert: CertificateToInsert[] = [];
      for (const fact of facts.values()) {
        if (fact.enrollmentStatus !== 'COMPLETED' || !fact.completedAt || issued.has(fact.enrollmentId)) continue;
        toInsert.push({ facts: { ...fact, completedAt: fact.completedAt }, issue: { issueNumber: 1, replacesCertificateId: null, reissueReason: null } });
      }
      await this.writer.insertMany(manager, toInsert);
      return new Set(toInsert.map((certificate) => certificate.facts.enrollmentId));
    });
    const unfinished = await this.dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .where('c.enrollment_id = ANY(:enrollmentIds)', { enrollmentIds: [...new Set(enrollmentIds)] })
      .andWhere(this.credentials ? '(c.pdf_storage_key IS NULL OR c.credential IS NULL)' : 'c.pdf_storage_key IS NULL')
      .orderBy('c.completion_number')
      .addOrderBy('c.issue_number')
      .getMany();
    // The same enrollment asked twice in one batch: the first asking created it, both finish what it lacks.
    const claimed = new Set<string>();
    return enrollmentIds.map((id) => {
      const isFirst = created.has(id) && !claimed.has(id);
      claimed.add(id);
      return { created: isFirst, unfinished: unfinished.filter((certificate) => certificate.enrollmentId === id) };
    });
  }

  /** Makes what the certificate still lacks; two jobs of this process that would finish it at once share one run. */
  private finish(certificate: CertificateEntity): Promise<void> {
    let running = this.finishing.get(certificate.id);
    if (!running) {
      running = this.finishOnce(certificate).finally(() => this.finishing.delete(certificate.id));
      this.finishing.set(certificate.id, running);
    }
    return running;
  }

  /** Each part is written only where it is still missing (another process may have finished it meanwhile). */
  private async finishOnce(certificate: CertificateEntity): Promise<void> {
    const urls = certificateUrls(publicUrlOf(this.config), certificate.serial);
    const request: ArtefactRequest = {};
    if (!certificate.pdfStorageKey) request.pdf = { ...printedCertificate(certificate), verifyUrl: urls.verifyUrl };
    if (this.credentials && !certificate.credential) {
      const { issuerName: _issuer, ...printed } = printedCertificate(certificate);
      // The credential's id is `urn:uuid:<certificate id>`; it is served at urls.credentialUrl.
      request.credential = { ...printed, credentialId: certificate.id, verifyUrl: urls.verifyUrl, status: await this.statusOf(this.credentials, certificate) };
    }
    const made = await this.artefacts.make(request);
    let pdfStorageKey: string | null = null;
    if (made.pdf) {
      pdfStorageKey = certificatePdfKey(certificate.id);
      await this.storage.put(pdfStorageKey, Buffer.from(made.pdf), 'application/pdf');
    }
    await this.finishedWrites.submit({ certificateId: certificate.id, pdfStorageKey, credential: made.credential ?? null });
    await this.mailer.mailMatching(certificate.userId, 'certificate.issued', { serial: certificate.serial });
  }

  /** The certificate's status-list entry; one issued before credentials were signed takes its entry now. */
  private async statusOf(credentials: CertificateCredentials, certificate: CertificateEntity): Promise<{ listId: string; index: number }> {
    if (certificate.statusListId !== null && certificate.statusListIndex !== null) return { listId: certificate.statusListId, index: certificate.statusListIndex };
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query('SELECT status_list_id, status_list_index FROM certificate WHERE id = $1 FOR UPDATE', [certificate.id])) as Array<{
        status_list_id: string | null;
        status_list_index: number | null;
      }>;
      if (row.status_list_id !== null && row.status_list_index !== null) return { listId: row.status_list_id, index: row.status_list_index };
      const allocated = await credentials.allocateStatus(manager);
      await manager.query('UPDATE certificate SET status_list_id = $2, status_list_index = $3 WHERE id = $1', [certificate.id, allocated.listId, allocated.index]);
      if (certificate.status === 'REVOKED') await credentials.revokeStatus(manager, allocated.listId, allocated.index);
      return allocated;
    });
  }

  /** One statement for the batch; a part the row already has (another run's) is kept. */
  private async writeFinished(finished: FinishedArtefacts[]): Promise<void[]> {
    const byCertificate = new Map<string, FinishedArtefacts>();
    for (const artefacts of finished) {
      const earlier = byCertificate.get(artefacts.certificateId);
      byCertificate.set(artefacts.certificateId, {
        certificateId: artefacts.certificateId,
        pdfStorageKey: earlier?.pdfStorageKey ?? artefacts.pdfStorageKey,
        credential: earlier?.credential ?? artefacts.credential,
      });
    }
    const rows = [...byCertificate.values()];
    await this.dataSource.query(
      `UPDATE certificate c SET pdf_storage_key = COALESCE(c.pdf_storage_key, f.pdf_storage_key), credential = COALESCE(c.credential, f.credential)
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS f(id, pdf_storage_key, credential)
        WHERE c.id = f.id`,
      [rows.map((row) => row.certificateId), rows.map((row) => row.pdfStorageKey), rows.map((row) => (row.credential ? JSON.stringify(row.credential) : null))],
    );
    return finished.map(() => undefined);
  }
}
