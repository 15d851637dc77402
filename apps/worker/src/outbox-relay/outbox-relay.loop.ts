import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, OUTBOX_RELAY_BATCH, OutboxRelayService } from '@hocso/server-core';

/**
 * Relays the outbox to the queues: batch after batch while rows are waiting, then every
 * OUTBOX_RELAY_INTERVAL_MS. Several workers relay side by side (each claims rows the others skip).
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly relay: OutboxRelayService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        this.schedule(this.config.OUTBOX_RELAY_INTERVAL_MS);
      });
    }, delayMs);
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relay.relayBatch()) === OUTBOX_RELAY_BATCH);
    } catch (error) {
      this.logger.warn(`Relay paused: ${error instanceof Error ? error.message : error}`);
    }
  }
}
