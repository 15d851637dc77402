import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type MailJob, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/** Queues mail for the worker: a slow or absent SMTP server never holds up a request or an import. */
@Injectable()
export class MailService {
  constructor(@InjectQueue(QUEUES.mail) private readonly queue: Queue<MailJob>) {}

  async enqueue(mails: MailJob[]): Promise<void> {
    if (mails.length === 0) return;
    await this.queue.addBulk(mails.map((mail) => ({ name: 'send', data: mail })));
  }
}
