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
 * Finds the work Redis lost: completions (an enrollment's latest) without a certificate, and certificates whose artefacts
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

  /** The enrollments with work left, each with its latest completion (the one its issue job is named after). */
  async pendingEnrollments(olderThanSeconds: number): Promise<Array<{ enrollmentId: string; completionNumber: number }>> {
    const rows = (await this.dataSource.query(
      `(SELECT e.id, e.completion_number FROM enrollment e
         WHERE e.status = 'COMPLETED' AND e.completed_at < now() - $1 * interval '1 second'
           AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id AND c.completion_number = e.completion_number)
         ORDER BY e.completed_at LIMIT $3)
       UNION
       (SELECT e.id, e.completion_number FROM enrollment e
         WHERE e.id IN (SELECT c.enrollment_id FROM certificate c
                         WHERE (c.pdf_storage_key IS NULL OR ($2 AND c.credential IS NULL)) AND c.issued_at < now() - $1 * interval '1 second'
                         LIMIT $3))`,
      [olderThanSeconds, this.credentials !== null, RECONCILE_BATCH],
    )) as Array<{ id: string; completion_number: number }>;
    return rows.map((row) => ({ enrollmentId: row.id, completionNumber: row.completion_number }));
  }

  /** Re-enqueues what is pending; answers how many jobs it added. */
  async reconcile(olderThanSeconds: number): Promise<number> {
    let added = 0;
    for (const { enrollmentId, completionNumber } of await this.pendingEnrollments(olderThanSeconds)) {
      const jobId = certificateIssueJobId(enrollmentId, completionNumber);
      const state = await this.queue.getJobState(jobId);
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      if (state !== 'unknown') await this.queue.remove(jobId);
      await this.queue.add('issue', { enrollmentId }, { jobId });
      added += 1;
    }
    return added;
  }
}
