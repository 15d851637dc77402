import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type CertificateBatchJob, QUEUES } from '@hocso/contracts';
import { CertificateBatchRunner } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Runs a course's bulk certificate job; the rules are in CertificateBatchRunner. One batch at a time per process. */
@Processor(QUEUES.certificateBatches, { concurrency: 1 })
export class CertificateBatchesProcessor extends WorkerHost {
  private readonly logger = new Logger('CertificateBatchesProcessor');

  constructor(private readonly runner: CertificateBatchRunner) {
    super();
  }

  async process(job: Job<CertificateBatchJob>): Promise<void> {
    await this.runner.run(job.data.batchId, (progress) => job.updateProgress(progress));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<CertificateBatchJob> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    this.logger.warn(`Certificate batch ${job.data.batchId} attempt ${job.attemptsMade}/${attempts} failed: ${error.message}`);
    if (job.attemptsMade >= attempts) await this.runner.markFailed(job.data.batchId, error.message);
  }
}
