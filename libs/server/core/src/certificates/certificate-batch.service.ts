import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CertificateBatchJob, type CertificateBatchKind, certificateBatchJobId, isUuid, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { checkedReason } from './certificate-reason';
import { CertificateBatchEntity } from './certificate-batch.entity';
import { assertManagesCourseCertificates } from './course-certificate-access';

/** A batch as its course's page shows it: with the name of who started it. */
export type CertificateBatchView = CertificateBatchEntity & { startedByName: string | null };

/** The most recent batches of a course that its page lists. */
export const COURSE_CERTIFICATE_BATCHES_MAX = 20;

/** What each kind of batch works on, read when it starts: the list is fixed, so a resumed run only finishes it. */
const TARGETS: Record<CertificateBatchKind, string> = {
  // Latest completions with no certificate at all: a revoked one without a successor was revoked on purpose.
  ISSUE: `SELECT e.id FROM enrollment e
           WHERE e.course_id = $2 AND e.status = 'COMPLETED'
             AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id AND c.completion_number = e.completion_number)`,
  REISSUE: `SELECT c.id FROM certificate c WHERE c.course_id = $2 AND c.status = 'ACTIVE'`,
};

/**
 * The API side of a course's bulk certificate jobs: who may start one (certificates-access.ts), one open job
 * per course, the list of its targets written with it, then its job on the `certificate-batches` queue.
 */
@Injectable()
export class CertificateBatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.certificateBatches) private readonly queue: Queue<CertificateBatchJob>,
  ) {}

  issueForCompletions(actor: Actor, courseId: string): Promise<CertificateBatchView> {
    return this.start(actor, courseId, 'ISSUE', null);
  }

  reissueAll(actor: Actor, courseId: string, reason: string): Promise<CertificateBatchView> {
    return this.start(actor, courseId, 'REISSUE', reason);
  }

  async get(actor: Actor, id: string): Promise<CertificateBatchView> {
    const batch = isUuid(id) ? await this.dataSource.getRepository(CertificateBatchEntity).findOne({ where: { id } }) : null;
    if (!batch) throw DomainError.notFound('certificate.batchNotFound', String(id).slice(0, 64));
    await assertManagesCourseCertificates(this.dataSource, actor, batch.courseId);
    const [named] = await this.named([batch]);
    return named;
  }

  async ofCourse(actor: Actor, courseId: string): Promise<CertificateBatchView[]> {
    await assertManagesCourseCertificates(this.dataSource, actor, courseId);
    return this.named(
      await this.dataSource.getRepository(CertificateBatchEntity).find({ where: { courseId }, order: { createdAt: 'DESC', id: 'DESC' }, take: COURSE_CERTIFICATE_BATCHES_MAX }),
    );
  }

  /** Deterministic job id: the API and the reconciler enqueuing the same batch add one job. */
  async enqueue(batchId: string): Promise<void> {
    await this.queue.add('batch', { batchId }, { jobId: certificateBatchJobId(batchId), attempts: 3, backoff: { type: 'exponential', delay: 5000 } });
  }

  /** Open batches whose job may have been lost with Redis (queued or running for longer than that). */
  async stalledIds(olderThanSeconds: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM certificate_batch WHERE state IN ('QUEUED', 'RUNNING') AND created_at < now() - make_interval(secs => $1)`,
      [olderThanSeconds],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  private async named(batches: CertificateBatchEntity[]): Promise<CertificateBatchView[]> {
    const ids = [...new Set(batches.map((batch) => batch.startedById).filter((id): id is string => id !== null))];
    const rows = ids.length ? ((await this.dataSource.query('SELECT id, full_name FROM app_user WHERE id = ANY($1)', [ids])) as Array<{ id: string; full_name: string }>) : [];
    const names = new Map(rows.map((row) => [row.id, row.full_name]));
    return batches.map((batch) => Object.assign(batch, { startedByName: batch.startedById ? (names.get(batch.startedById) ?? null) : null }));
  }

  private async start(actor: Actor, courseId: string, kind: CertificateBatchKind, reason: string | null): Promise<CertificateBatchView> {
    await assertManagesCourseCertificates(this.dataSource, actor, courseId);
    const text = kind === 'REISSUE' ? checkedReason(reason ?? '') : null;
    const batch = await this.dataSource.transaction(async (manager) => {
      // Starts of one course take turns, so the second sees the first and is told which one runs.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('certificate-batch:' || $1, 0))`, [courseId]);
      await this.assertNoneOpen(manager, courseId);
      const [{ id }] = (await manager.query(
        `INSERT INTO certificate_batch (course_id, kind, reason, total, started_by_id) VALUES ($1, $2, $3, 0, $4) RETURNING id`,
        [courseId, kind, text, actor.userId],
      )) as Array<{ id: string }>;
      await manager.query(`INSERT INTO certificate_batch_item (batch_id, target_id) SELECT $1, t.id FROM (${TARGETS[kind]}) t`, [id, courseId]);
      await manager.query('UPDATE certificate_batch SET total = (SELECT count(*) FROM certificate_batch_item WHERE batch_id = $1) WHERE id = $1', [id]);
      return manager.findOneOrFail(CertificateBatchEntity, { where: { id } });
    });
    await this.enqueue(batch.id);
    const [named] = await this.named([batch]);
    return named;
  }

  private async assertNoneOpen(manager: EntityManager, courseId: string): Promise<void> {
    const [open] = (await manager.query(
      `SELECT b.id, b.kind, b.created_at, coalesce(u.full_name, '—') AS started_by
         FROM certificate_batch b LEFT JOIN app_user u ON u.id = b.started_by_id
        WHERE b.course_id = $1 AND b.state IN ('QUEUED', 'RUNNING')`,
      [courseId],
    )) as Array<{ id: string; kind: CertificateBatchKind; created_at: Date; started_by: string }>;
    if (!open) return;
    throw DomainError.conflict('certificate.batchRunning', 'courseId', {
      id: open.id,
      kind: { reason: `certificate.batchKind.${open.kind}` },
      startedBy: open.started_by,
      startedAt: `${open.created_at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    });
  }
}
