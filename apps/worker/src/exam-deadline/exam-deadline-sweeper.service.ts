import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AttemptSubmissionService } from '@hocso/server-core';

/**
 * Closes every attempt still open past its deadline and grace, every EXAM_SWEEP_INTERVAL_MS: the guard for
 * a worker that was down when a deadline job was due, or a Redis that lost its jobs. Several workers may
 * sweep at once (they skip each other's rows).
 */
@Injectable()
export class ExamDeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExamDeadlineSweeper');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly submissions: AttemptSubmissionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.EXAM_SWEEP_INTERVAL_MS);
    this.timer.unref();
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep; a sweep still running when the next is due is not doubled. */
  sweep(): Promise<number> {
    this.running ??= this.submissions
      .sweep()
      .then((closed) => {
        if (closed > 0) this.logger.log(`Closed ${closed} attempt(s) past their deadline`);
        return closed;
      })
      .catch((error: unknown) => {
        this.logger.warn(`Sweep skipped: ${error instanceof Error ? error.message : error}`);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
