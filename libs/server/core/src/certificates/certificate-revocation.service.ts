import { isUuid } from '@hocso/contracts';
import { Injectable, Optional, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { OUTBOX_TOPICS, type CertificateReissuedPayload } from '../outbox/outbox-topics';
import { writeOutbox } from '../outbox/outbox-writer';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import { lockCertificateFacts } from './certificate-facts';
import { checkedReason } from './certificate-reason';
import { CertificateWriter } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';
import { assertCanRevokeCertificates } from './certificates-access';

/** The reason a reissued certificate is revoked with (the administrator's reason goes on the new one). */
export const REISSUED_REASON = 'reissued';

/** Revokes certificates and reissues them; administrators only, checked before anything is read or written. */
@Injectable()
export class CertificateRevocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: CertificateWriter,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  async revoke(actor: Actor, certificateId: string, reason: string): Promise<CertificateEntity> {
    assertCanRevokeCertificates(actor);
    const text = checkedReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const certificate = await this.lockActive(manager, certificateId);
      await this.markRevoked(manager, actor.userId, certificate, text);
      return manager.findOneOrFail(CertificateEntity, { where: { id: certificate.id } });
    });
  }

  /**
   * Revokes the certificate with the reason "reissued" and issues the next certificate of the same completion from
   * the holder's and course's current facts (a corrected name, a fixed course); the worker makes its PDF and credential.
   */
  async reissue(actor: Actor, certificateId: string, reason: string): Promise<CertificateEntity> {
    assertCanRevokeCertificates(actor);
    return this.reissueOnBehalfOf(actor.userId, certificateId, checkedReason(reason));
  }

  /**
   * The reissue of a bulk job, whose starter's right was checked when it started (certificates-access.ts):
   * `reason` is already checked. A certificate revoked meanwhile is a CONFLICT, as for reissue.
   */
  reissueOnBehalfOf(userId: string | null, certificateId: string, text: string): Promise<CertificateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const old = await this.lockActive(manager, certificateId);
      const facts = await lockCertificateFacts(manager, old.enrollmentId);
      if (!facts) throw DomainError.notFound('certificate.notFound', certificateId);
      await this.markRevoked(manager, userId, old, REISSUED_REASON);
      const [{ next }] = (await manager.query('SELECT max(issue_number) + 1 AS next FROM certificate WHERE enrollment_id = $1 AND completion_number = $2', [
        old.enrollmentId,
        old.completionNumber,
      ])) as Array<{ next: number }>;
      // The holder's name and the course's title as they are now, of the completion the old certificate certified.
      const created = await this.writer.insert(
        manager,
        { ...facts, completedAt: old.completedAt, completionNumber: old.completionNumber, courseVersionId: old.courseVersionId, courseVersion: old.courseVersion },
        { issueNumber: next, replacesCertificateId: old.id, reissueReason: text },
      );
      const payload: CertificateReissuedPayload = { enrollmentId: old.enrollmentId, certificateId: created.id };
      await writeOutbox(manager, OUTBOX_TOPICS.certificateReissued, created.id, payload);
      return manager.findOneOrFail(CertificateEntity, { where: { id: created.id } });
    });
  }

  private async lockActive(manager: EntityManager, certificateId: string): Promise<CertificateEntity> {
    if (!isUuid(certificateId)) throw DomainError.notFound('certificate.notFound', certificateId);
    const certificate = await manager.findOne(CertificateEntity, { where: { id: certificateId }, lock: { mode: 'pessimistic_write' } });
    if (!certificate) throw DomainError.notFound('certificate.notFound', certificateId);
    if (certificate.status === 'REVOKED') throw DomainError.conflict('certificate.alreadyRevoked', 'id');
    return certificate;
  }

  private async markRevoked(manager: EntityManager, userId: string | null, certificate: CertificateEntity, reason: string): Promise<void> {
    await manager.query(`UPDATE certificate SET status = 'REVOKED', revoked_reason = $2, revoked_at = now(), revoked_by_id = $3 WHERE id = $1`, [
      certificate.id,
      reason,
      userId,
    ]);
    if (this.credentials && certificate.statusListId !== null && certificate.statusListIndex !== null) {
      await this.credentials.revokeStatus(manager, certificate.statusListId, certificate.statusListIndex);
    }
  }
}
