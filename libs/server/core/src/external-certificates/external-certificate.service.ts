import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, isAdmin, managedPaths } from '../access/actor';
import { writeCompletionAudit } from '../compliance/requirement-completion-audit';
import { CredentialVerifier } from '../certificates/credentials/credential-verifier';
import { DomainError } from '../errors/domain.error';
import { writeOutbox } from '../outbox/outbox-writer';
import { OUTBOX_TOPICS } from '../outbox/outbox-topics';
import { canReviewExternalCertificate } from './external-certificate-access';
import { ExternalCertificateEvidenceEntity } from './external-certificate-evidence.entity';
import { ExternalCertificateEvidenceService } from './external-certificate-evidence.service';
import { ExternalCertificateEntity } from './external-certificate.entity';

export interface SubmitExternalCertificateCommand {
  title: string;
  issuerName: string;
  hours: number;
  issuedOn: Date;
  evidenceUrl?: string | null;
  /** An evidence file the submitter uploaded (ExternalCertificateEvidenceService.upload). */
  evidenceFileId?: string | null;
  credentialJson?: string | null;
}

export const EXTERNAL_CERTIFICATE_LIMITS = { textLength: 255, maxHours: 10_000, reasonLength: 2000, listSize: 500 } as const;

/**
 * Certificates learners earned elsewhere: submitted with evidence (a credential is checked offline at once),
 * reviewed by an administrator or a manager of the learner's unit; approved hours count toward training.
 */
@Injectable()
export class ExternalCertificateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly verifier: CredentialVerifier,
    private readonly evidence: ExternalCertificateEvidenceService,
  ) {}

  async submit(actor: Actor, command: SubmitExternalCertificateCommand): Promise<ExternalCertificateEntity> {
    const title = requiredText(command.title, 'title');
    const issuerName = requiredText(command.issuerName, 'issuerName');
    if (!Number.isFinite(command.hours) || command.hours <= 0 || command.hours > EXTERNAL_CERTIFICATE_LIMITS.maxHours) {
      throw DomainError.badInput('hours', 'externalCertificates.hours', { max: EXTERNAL_CERTIFICATE_LIMITS.maxHours });
    }
    if (Number.isNaN(command.issuedOn.getTime()) || command.issuedOn.getTime() > Date.now()) throw DomainError.badInput('issuedOn', 'externalCertificates.issuedInFuture');
    const evidenceUrl = command.evidenceUrl?.trim() || null;
    if (evidenceUrl && (!/^https?:\/\/\S+$/i.test(evidenceUrl) || evidenceUrl.length > 2000)) throw DomainError.badInput('evidenceUrl', 'externalCertificates.evidenceUrl');
    const credentialText = command.credentialJson?.trim() || null;
    const evidenceFileId = command.evidenceFileId?.trim() || null;
    if (!evidenceUrl && !credentialText && !evidenceFileId) throw DomainError.badInput('evidenceUrl', 'externalCertificates.evidenceRequired');

    const certificate = this.db.getRepository(ExternalCertificateEntity).create({ holderId: actor.userId, title, issuerName, hours: Math.round(command.hours * 100) / 100, issuedOn: command.issuedOn, evidenceUrl });
    if (credentialText) {
      const check = await this.verifier.verify(credentialText).catch((error: unknown) => {
        // The verifier names its argument `json`; here it is the input's credentialJson.
        if (error instanceof DomainError && error.field === 'json') throw new DomainError(error.code, error.reason, error.params, 'credentialJson', error.details);
        throw error;
      });
      Object.assign(certificate, {
        credentialJson: JSON.parse(credentialText) as Record<string, unknown>,
        signatureVerified: check.signatureVerified,
        verificationState: check.state,
        verificationReason: check.reason,
        verificationParams: Object.fromEntries(Object.entries(check.reasonParams).map(([key, value]) => [key, String(value)])),
      });
    }
    if (!evidenceFileId) return this.db.getRepository(ExternalCertificateEntity).save(certificate);
    return this.db.transaction(async (manager) => {
      const file = await this.evidence.claim(manager, actor, evidenceFileId);
      return manager.save(Object.assign(certificate, { evidenceFileId: file.id, evidenceFile: file }));
    });
  }

  mine(actor: Actor): Promise<ExternalCertificateEntity[]> {
    return this.db.getRepository(ExternalCertificateEntity).find({
      where: { holderId: actor.userId },
      relations: { evidenceFile: true },
      order: { submittedAt: 'DESC' },
      take: EXTERNAL_CERTIFICATE_LIMITS.listSize,
    });
  }

  /** The review queue, oldest first: every pending one for administrators, those of their subtrees for unit managers. */
  async pending(actor: Actor): Promise<ExternalCertificateEntity[]> {
    const query = this.db
      .getRepository(ExternalCertificateEntity)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.evidenceFile', 'evidence')
      .where(`c.status = 'PENDING'`)
      .orderBy('c.submitted_at', 'ASC')
      .take(EXTERNAL_CERTIFICATE_LIMITS.listSize);
    if (!isAdmin(actor)) {
      const roots = managedPaths(actor);
      if (roots.length === 0) throw DomainError.forbidden('access.adminOrManagerOnly');
      query
        .innerJoin('app_user', 'u', 'u.id = c.holder_id')
        .innerJoin('org_unit', 'o', 'o.id = u.org_unit_id')
        .andWhere(`o.path LIKE ANY (:roots)`, { roots: roots.map((root) => `${root.replace(/[\\%_]/g, '\\$&')}%`) });
    }
    return query.getMany();
  }

  async review(actor: Actor, id: string, approve: boolean, reason?: string | null): Promise<ExternalCertificateEntity> {
    const reviewReason = reason?.trim() || null;
    if (!approve && !reviewReason) throw DomainError.badInput('reason', 'externalCertificates.rejectionReason');
    if (reviewReason && reviewReason.length > EXTERNAL_CERTIFICATE_LIMITS.reasonLength) throw DomainError.badInput('reason', 'externalCertificates.rejectionReason');
    return this.db.transaction(async (manager) => {
      const certificate = await manager.getRepository(ExternalCertificateEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw DomainError.notFound('externalCertificates.notFound', id);
      const [holder] = (await manager.query(`SELECT o.path FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1`, [certificate.holderId])) as Array<{ path: string | null }>;
      if (!canReviewExternalCertificate(actor, holder?.path ?? null)) {
        // A manager outside the holder's subtree learns nothing of it.
        if (!isAdmin(actor) && managedPaths(actor).length > 0) throw DomainError.notFound('externalCertificates.notFound', id);
        throw DomainError.forbidden('externalCertificates.reviewForbidden');
      }
      if (certificate.status !== 'PENDING') throw DomainError.conflict('externalCertificates.alreadyReviewed', 'id', { status: certificate.status });
      Object.assign(certificate, { status: approve ? 'APPROVED' : 'REJECTED', reviewReason, reviewedById: actor.userId, reviewedAt: new Date() });
      const saved = await manager.save(certificate);
      saved.evidenceFile = saved.evidenceFileId ? await manager.findOne(ExternalCertificateEvidenceEntity, { where: { id: saved.evidenceFileId } }) : null;
      // The learner hears of the decision from this event (in-app and mail are delivered from the outbox).
      if (approve) await writeCompletionAudit(manager, { kind: 'external-hours', userId: saved.holderId, externalCertificateId: saved.id, hours: String(saved.hours), actorId: actor.userId });
      await writeOutbox(manager, OUTBOX_TOPICS.externalCertificateReviewed, saved.id, { externalCertificateId: saved.id, holderId: saved.holderId, approved: approve, reason: reviewReason });
      return saved;
    });
  }

  /** Approved external study hours per person, for training requirements counted in hours. */
  async approvedHours(userIds: readonly string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT holder_id, sum(hours)::float8 AS hours FROM external_certificate WHERE status = 'APPROVED' AND holder_id = ANY($1::uuid[]) GROUP BY holder_id`,
      [userIds],
    )) as Array<{ holder_id: string; hours: number }>;
    return new Map(rows.map((row) => [row.holder_id, Number(row.hours)]));
  }
}

function requiredText(value: string, field: string): string {
  const text = value.normalize('NFC').trim();
  if (!text || text.length > EXTERNAL_CERTIFICATE_LIMITS.textLength) throw DomainError.badInput(field, 'externalCertificates.textLength', { max: EXTERNAL_CERTIFICATE_LIMITS.textLength });
  return text;
}
