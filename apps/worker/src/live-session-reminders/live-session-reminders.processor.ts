import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { LiveSessionReminderService } from '@hocso/server-core';

/** Sends the reminders owed now before live sessions; the rules, and what makes a run again harmless, are in LiveSessionReminderService. */
@Processor(QUEUES.liveSessionReminders, { concurrency: 1 })
export class LiveSessionRemindersProcessor extends WorkerHost {
  constructor(private readonly reminders: LiveSessionReminderService) {
    super();
  }

  process(): Promise<number> {
    return this.reminders.run(new Date());
  }
}
