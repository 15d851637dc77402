import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateBatchKind } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { CertificateBatchEntity } from './certificate-batch.entity';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateRevocationService } from './certificate-revocation.service';

export interface BatchProgress {
  total: number;
  done: number;
  failed: number;
}

type ItemOutcome = { state: 'DONE' } | { state: 'FAILED'; error: string };

/**
 * The worker side of a course's bulk certificate job. Each target is worked through the existing services
 * (CertificateIssuingService.issueForEnrollment, CertificateRevocationService's reissue), which are
 * idempotent or refuse a second time; the target is then marked and counted in one statement, only if it was
 * still pending. A run killed half way leaves its pending targets, and the next run (the job retried, the
 * reconciler) does only those: never a second certificate for an enrollment.
 */
@Injectable()
export class CertificateBatchRunner {
  private readonly logger = new Logger('CertificateBatch');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuing: CertificateIssuingService,
    private readonly revocations: CertificateRevocationService,
  ) {}

  async run(batchId: string, onProgress: (progress: BatchProgress) => Promise<void> = async () => undefined): Promise<void> {
    const batch = await this.dataSource.getRepository(CertificateBatchEntity).findOne({ where: { id: batchId } });
    if (!batch || batch.state === 'COMPLETED' || batch.state === 'FAILED') return;
    await this.dataSource.query(`UPDATE certificate_batch SET state = 'RUNNING', started_at = coalesce(started_at, now()) WHERE id = $1 AND state = 'QUEUED'`, [batchId]);
    const chunk = this.config.CERTIFICATE_CONCURRENCY;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const targets = (await this.dataSource.query(
        `SELECT target_id FROM certificate_batch_item WHERE batch_id = $1 AND state = 'PENDING' AND target_id > $2 ORDER BY target_id LIMIT $3`,
        [batchId, afterId, chunk],
      )) as Array<{ target_id: string }>;
      if (targets.length === 0) break;
      afterId = targets[targets.length - 1].target_id;
      await Promise.all(targets.map(async ({ target_id }) => this.mark(batchId, target_id, await this.work(batch, target_id))));
      await onProgress(await this.progress(batchId));
    }
    await this.dataSource.query(
      `UPDATE certificate_batch SET state = 'COMPLETED', finished_at = now()
        WHERE id = $1 AND state = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM certificate_batch_item WHERE batch_id = $1 AND state = 'PENDING')`,
      [batchId],
    );
    const { done, failed, total } = await this.progress(batchId);
    this.logger.log(`Batch ${batchId} (${batch.kind}, course ${batch.courseId}): ${done} done, ${failed} failed of ${total}`);
  }

  /** The job gave up (its attempts are spent): the batch ends FAILED, with what it did counted. */
  async markFailed(batchId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificate_batch SET state = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [batchId, error.slice(0, 2000)],
    );
  }

  private async work(batch: CertificateBatchEntity, targetId: string): Promise<ItemOutcome> {
    try {
      if (batch.kind === 'ISSUE') await this.issue(targetId);
      else await this.reissue(batch, targetId);
      return { state: 'DONE' };
    } catch (error) {
      this.logger.warn(`Batch ${batch.id}: ${kindLabel(batch.kind)} ${targetId} failed: ${error instanceof Error ? error.message : error}`);
      return { state: 'FAILED', error: (error instanceof Error ? error.message : String(error)).slice(0, 2000) };
    }
  }

  private async issue(enrollmentId: string): Promise<void> {
    await this.issuing.issueForEnrollment(enrollmentId);
    const [issued] = (await this.dataSource.query(
      `SELECT 1 FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id AND e.completion_number = c.completion_number WHERE c.enrollment_id = $1 AND c.status = 'ACTIVE'`,
      [enrollmentId],
    )) as unknown[];
    if (!issued) throw new Error('the enrollment is no longer completed, or its certificate was revoked');
  }

  /** A certificate this batch already reissued (a run killed before marking it) has its successor: nothing to do. */
  private async reissue(batch: CertificateBatchEntity, certificateId: string): Promise<void> {
    if (await this.hasSuccessor(certificateId)) return;
    try {
      await this.revocations.reissueOnBehalfOf(batch.startedById, certificateId, batch.reason ?? '');
    } catch (error) {
      // Two runs at once: the other one reissued it first.
      if (error instanceof DomainError && error.reason === 'certificate.alreadyRevoked' && (await this.hasSuccessor(certificateId))) return;
      throw error;
    }
  }

  private async hasSuccessor(certificateId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query('SELECT 1 FROM certificate WHERE replaces_certificate_id = $1', [certificateId])) as unknown[];
    return row !== undefined;
  }

  /** Marks the target and counts it, once: a target another run already marked is not counted again. */
  private async mark(batchId: string, targetId: string, outcome: ItemOutcome): Promise<void> {
    await this.dataSource.query(
      `WITH marked AS (
         UPDATE certificate_batch_item SET state = $3, error = $4 WHERE batch_id = $1 AND target_id = $2 AND state = 'PENDING' RETURNING state
       )
       UPDATE certificate_batch SET done = done + (SELECT count(*) FROM marked WHERE state = 'DONE'),
                                    failed = failed + (SELECT count(*) FROM marked WHERE state = 'FAILED')
        WHERE id = $1`,
      [batchId, targetId, outcome.state, outcome.state === 'FAILED' ? outcome.error : null],
    );
  }

  private async progress(batchId: string): Promise<BatchProgress> {
    const [row] = (await this.dataSource.query('SELECT total, done, failed FROM certificate_batch WHERE id = $1', [batchId])) as BatchProgress[];
    return row;
  }
}

function kindLabel(kind: CertificateBatchKind): string {
  return kind === 'ISSUE' ? 'enrollment' : 'certificate';
}
