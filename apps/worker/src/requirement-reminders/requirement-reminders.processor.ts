import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { type ReminderRunOutcome, RequirementReminderService } from '@hocso/server-core';

/** Sends the training reminders owed now; the rules, and what makes a run again harmless, are in RequirementReminderService. */
@Processor(QUEUES.requirementReminders, { concurrency: 1 })
export class RequirementRemindersProcessor extends WorkerHost {
  constructor(private readonly reminders: RequirementReminderService) {
    super();
  }

  process(): Promise<ReminderRunOutcome> {
    return this.reminders.run(new Date());
  }
}
