import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CertificateBatchService } from '@hocso/server-core';

const EVERY_MS = 30_000;
const STALLED_AFTER_SECONDS = 60;

/** Re-enqueues open batches whose job Redis lost; the deterministic job id makes this a no-op otherwise. */
@Injectable()
export class CertificateBatchReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CertificateBatchReconciler');
  private timer?: NodeJS.Timeout;

  constructor(private readonly batches: CertificateBatchService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.reconcile(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async reconcile(): Promise<number> {
    try {
      const stalled = await this.batches.stalledIds(STALLED_AFTER_SECONDS);
      for (const id of stalled) await this.batches.enqueue(id);
      return stalled.length;
    } catch (error) {
      this.logger.warn(`Reconciliation skipped: ${error instanceof Error ? error.message : error}`);
      return 0;
    }
  }
}
