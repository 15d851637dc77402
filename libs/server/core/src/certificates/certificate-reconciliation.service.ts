import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CertificateJob, certificateIssueJobId, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';

/** Enrollments one reconciliation looks at most; the next pass takes the rest. */
export const RECONCILE_BATCH = 1000;

/**
 * Finds the work Redis lost: completed enrollments without a certificate, and certificates whose artefacts
 * are unfinished, older than `olderThanSeconds` (younger ones are still on their way through the outbox).
 * Each is put back on the queue under its issue job id: a job still queued is left alone, a finished or
 * failed one is replaced.
 */
@Injectable()
export class CertificateReconciliationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.certificates) private readonly queue: Queue<CertificateJob>,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  async pendingEnrollmentIds(olderThanSeconds: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `(SELECT e.id FROM enrollment e
         WHERE e.status = 'COMPLETED' AND e.completed_at < now() - $1 * interval '1 second'
           AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id)
         ORDER BY e.completed_at LIMIT $3)
       UNION
       (SELECT DISTINCT c.enrollment_id FROM certificate c
         WHERE (c.pdf_storage_key IS NULL OR ($2 AND c.credential IS NULL)) AND c.issued_at < now() - $1 * interval '1 second'
         LIMIT $3)`,
      [olderThanSeconds, this.credentials !== null, RECONCILE_BATCH],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** Re-enqueues what is pending; answers how many jobs it added. */
  async reconcile(olderThanSeconds: number): Promise<number> {
    let added = 0;
    for (const enrollmentId of await this.pendingEnrollmentIds(olderThanSeconds)) {
      const jobId = certificateIssueJobId(enrollmentId);
      const state = await this.queue.getJobState(jobId);
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      if (state !== 'unknown') await this.queue.remove(jobId);
      await this.queue.add('issue', { enrollmentId }, { jobId });
      added += 1;
    }
    return added;
  }
}
