import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequirementReminderScheduler } from '@hocso/server-core';
import { RefreshedJobSchedule } from '../schedules/refreshed-job-schedule';

/** Sends the owed training reminders every REQUIREMENT_REMINDER_INTERVAL_MS (hourly by default). */
@Injectable()
export class RequirementRemindersSchedule extends RefreshedJobSchedule {
  constructor(
    private readonly scheduler: RequirementReminderScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super('RequirementReminders');
  }

  protected write(): Promise<void> {
    return this.scheduler.schedulePeriodic(this.config.REQUIREMENT_REMINDER_INTERVAL_MS);
  }
}
