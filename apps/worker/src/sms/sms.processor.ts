import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES, type SmsJob } from '@hocso/contracts';
import { SMS_SENDER, type SmsSender } from '@hocso/server-core';
import type { Job } from 'bullmq';

@Processor(QUEUES.sms, { concurrency: 10 })
export class SmsProcessor extends WorkerHost {
  constructor(@Inject(SMS_SENDER) private readonly sender: SmsSender) {
    super();
  }

  async process(job: Job<SmsJob>): Promise<void> {
    await this.sender.send(job.data);
  }
}
