import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type NotificationJob, QUEUES } from '@hocso/contracts';
import { NotificationDelivery } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Delivers notifications announced through the outbox; the rules are in NotificationDelivery. */
@Processor(QUEUES.notifications)
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly delivery: NotificationDelivery) {
    super();
  }

  process(job: Job<NotificationJob>): Promise<boolean> {
    return this.delivery.deliver(job.data);
  }
}
