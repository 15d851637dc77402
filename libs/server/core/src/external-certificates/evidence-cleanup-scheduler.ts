import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/** How long an evidence file may wait for the certificate it was uploaded for. */
export const UNSUBMITTED_EVIDENCE_TTL_MS = 24 * 3_600_000;

/**
 * The hourly clean-up of evidence files never submitted: a BullMQ job scheduler written again at each start of
 * the worker; each run re-derives what to delete from PostgreSQL, so a run lost or repeated changes nothing.
 */
@Injectable()
export class EvidenceCleanupScheduler {
  static readonly periodicId = 'evidence-cleanup';

  constructor(@InjectQueue(QUEUES.evidenceCleanup) private readonly queue: Queue) {}

  async schedulePeriodic(everyMs = 3_600_000): Promise<void> {
    await this.queue.upsertJobScheduler(EvidenceCleanupScheduler.periodicId, { every: everyMs }, { name: 'delete-unsubmitted', data: {} });
  }
}
