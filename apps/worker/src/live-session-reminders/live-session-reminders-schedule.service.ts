import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, LiveSessionReminderScheduler } from '@hocso/server-core';
import { RefreshedJobSchedule } from '../schedules/refreshed-job-schedule';

/** Sends the reminders owed before live sessions every LIVE_SESSION_REMINDER_INTERVAL_MS (five minutes by default). */
@Injectable()
export class LiveSessionRemindersSchedule extends RefreshedJobSchedule {
  constructor(
    private readonly scheduler: LiveSessionReminderScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super('LiveSessionReminders');
  }

  protected write(): Promise<void> {
    return this.scheduler.schedulePeriodic(this.config.LIVE_SESSION_REMINDER_INTERVAL_MS);
  }
}
