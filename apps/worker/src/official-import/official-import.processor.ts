import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type OfficialImportJob, QUEUES } from '@hocso/contracts';
import { OfficialImportRunner } from '@hocso/server-core';
import type { Job } from 'bullmq';

@Processor(QUEUES.officialImport, { concurrency: 2 })
export class OfficialImportProcessor extends WorkerHost {
  private readonly logger = new Logger('OfficialImportProcessor');

  constructor(private readonly runner: OfficialImportRunner) {
    super();
  }

  async process(job: Job<OfficialImportJob>): Promise<void> {
    await this.runner.run(job.data.importId, (progress) => job.updateProgress(progress));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<OfficialImportJob> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    this.logger.warn(`Import ${job.data.importId} attempt ${job.attemptsMade}/${attempts} failed: ${error.message}`);
    if (job.attemptsMade >= attempts) await this.runner.markFailed(job.data.importId, error.message);
  }
}
