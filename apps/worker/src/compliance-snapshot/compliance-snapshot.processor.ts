import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type ComplianceSnapshotJob, QUEUES } from '@hocso/contracts';
import { ComplianceSnapshotService } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Writes the day's compliance figures of every unit; running it again the same day replaces them. */
@Processor(QUEUES.complianceSnapshot, { concurrency: 1 })
export class ComplianceSnapshotProcessor extends WorkerHost {
  private readonly logger = new Logger('ComplianceSnapshot');

  constructor(private readonly snapshots: ComplianceSnapshotService) {
    super();
  }

  async process(_job: Job<ComplianceSnapshotJob>): Promise<{ day: string; units: number }> {
    const outcome = await this.snapshots.take();
    this.logger.log(`Compliance snapshot of ${outcome.day}: ${outcome.units} units`);
    return outcome;
  }
}
