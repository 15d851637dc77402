import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/**
 * The periodic run of the reminders before live sessions: a BullMQ job scheduler written again by the worker. Nothing
 * else lives in Redis: each run re-derives what is owed from PostgreSQL, so a flush loses at most the wait until the
 * scheduler is written again.
 */
@Injectable()
export class LiveSessionReminderScheduler {
  static readonly periodicId = 'live-session-reminders';

  constructor(@InjectQueue(QUEUES.liveSessionReminders) private readonly queue: Queue) {}

  async schedulePeriodic(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(LiveSessionReminderScheduler.periodicId, { every: everyMs }, { name: 'send-session-reminders', data: {} });
  }
}
