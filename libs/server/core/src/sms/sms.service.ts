import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES, type SmsJob } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/** Queues text messages for the worker: a slow SMS provider never holds up a request. */
@Injectable()
export class SmsService {
  constructor(@InjectQueue(QUEUES.sms) private readonly queue: Queue<SmsJob>) {}

  async enqueue(messages: SmsJob[]): Promise<void> {
    if (messages.length === 0) return;
    await this.queue.addBulk(messages.map((sms) => ({ name: 'send', data: sms })));
  }
}
