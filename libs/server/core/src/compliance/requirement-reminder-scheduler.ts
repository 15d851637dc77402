import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/**
 * The periodic reminder run: a BullMQ job scheduler written again at each start of the worker. Nothing else lives
 * in Redis: each run re-derives what is owed from PostgreSQL, so a flush loses at most the wait for the next start.
 */
@Injectable()
export class RequirementReminderScheduler {
  static readonly periodicId = 'requirement-reminders';

  constructor(@InjectQueue(QUEUES.requirementReminders) private readonly queue: Queue) {}

  async schedulePeriodic(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(RequirementReminderScheduler.periodicId, { every: everyMs }, { name: 'send-reminders', data: {} });
  }
}
