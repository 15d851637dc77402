import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, CertificateReconciliationService } from '@hocso/server-core';

/**
 * Every CERTIFICATE_RECONCILE_INTERVAL_MS, puts back on the queue the completions that have no certificate
 * (or an unfinished one) since longer than that interval: Redis flushed, a job lost, a worker killed.
 */
@Injectable()
export class CertificateReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CertificateReconciler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly reconciliation: CertificateReconciliationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.reconcile(), this.config.CERTIFICATE_RECONCILE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; a pass still running when the next is due is not doubled. */
  reconcile(): Promise<number> {
    this.running ??= this.reconciliation
      .reconcile(this.config.CERTIFICATE_RECONCILE_INTERVAL_MS / 1000)
      .then((added) => {
        if (added > 0) this.logger.log(`Re-enqueued ${added} certificate job(s)`);
        return added;
      })
      .catch((error: unknown) => {
        this.logger.warn(`Reconciliation skipped: ${error instanceof Error ? error.message : error}`);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
