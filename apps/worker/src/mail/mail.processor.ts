import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type MailJob, QUEUES } from '@hocso/contracts';
import { MailSenderService } from '@hocso/server-core';
import type { Job } from 'bullmq';

@Processor(QUEUES.mail, { concurrency: 10 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly sender: MailSenderService) {
    super();
  }

  async process(job: Job<MailJob>): Promise<void> {
    await this.sender.send(job.data);
  }
}
