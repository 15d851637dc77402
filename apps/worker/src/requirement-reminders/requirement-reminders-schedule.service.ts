import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequirementReminderScheduler } from '@hocso/server-core';

/** How often the worker writes the job scheduler again, so that a Redis which lost it has it back soon. */
export const REMINDER_SCHEDULE_REFRESH_MS = 5 * 60_000;

/** Sends the owed training reminders every REQUIREMENT_REMINDER_INTERVAL_MS (hourly by default). */
@Injectable()
export class RequirementRemindersSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RequirementReminders');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly scheduler: RequirementReminderScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.write();
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.write().catch((error: Error) => this.logger.warn(`Could not write the reminder schedule again: ${error.message}`)), REMINDER_SCHEDULE_REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private write(): Promise<void> {
    return this.scheduler.schedulePeriodic(this.config.REQUIREMENT_REMINDER_INTERVAL_MS);
  }
}
