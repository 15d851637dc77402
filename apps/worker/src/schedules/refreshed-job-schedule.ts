import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/** How often the worker writes such a job scheduler again, so that a Redis which lost it has it back soon. */
export const SCHEDULE_REFRESH_MS = 5 * 60_000;

/**
 * A BullMQ job scheduler the worker writes at its start and again every SCHEDULE_REFRESH_MS (upserting one that
 * exists is harmless): for runs that derive their work from PostgreSQL, so that a Redis flush costs minutes at most.
 */
export abstract class RefreshedJobSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;

  protected constructor(context: string) {
    this.logger = new Logger(context);
  }

  /** Writes the job scheduler. */
  protected abstract write(): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    await this.write();
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.write().catch((error: Error) => this.logger.warn(`Could not write the job scheduler again: ${error.message}`)), SCHEDULE_REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
