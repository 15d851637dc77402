import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/** Work kept in PostgreSQL whose job may be lost by Redis: the ids open without progress for a while, and a re-enqueue. */
export interface ResumableWork {
  stalledIds(olderThanSeconds: number): Promise<string[]>;
  enqueue(id: string): Promise<unknown>;
}

const EVERY_MS = 30_000;
const STALLED_AFTER_SECONDS = 60;

/**
 * Every 30 s, and once at start, re-enqueues the work open without progress for a minute; the work's
 * deterministic job id makes this a no-op while its job still exists.
 */
export abstract class StalledWorkReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;

  protected constructor(
    private readonly work: ResumableWork,
    name: string,
  ) {
    this.logger = new Logger(name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.reconcile(), EVERY_MS);
    this.timer.unref();
    void this.reconcile();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async reconcile(): Promise<number> {
    try {
      const stalled = await this.work.stalledIds(STALLED_AFTER_SECONDS);
      for (const id of stalled) await this.work.enqueue(id);
      return stalled.length;
    } catch (error) {
      this.logger.warn(`Reconciliation skipped: ${error instanceof Error ? error.message : error}`);
      return 0;
    }
  }
}
