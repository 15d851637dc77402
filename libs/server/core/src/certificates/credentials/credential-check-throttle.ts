import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { FixedWindowCounters } from '../../auth/fixed-window-counters';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { DomainError } from '../../errors/domain.error';
import { REDIS } from '../../redis/redis.token';

/** How long a caller turned away because every check slot is taken is told to wait. */
export const CREDENTIAL_CHECK_BUSY_RETRY_SECONDS = 2;

/**
 * Guards the public, anonymous and CPU-heavy credential check (JSON-LD canonicalisation and a signature):
 * CREDENTIAL_CHECK_MAX_PER_IP checks per client address per CREDENTIAL_CHECK_WINDOW_SECONDS, counted
 * atomically in Redis (shared by every API process, keyed like the sign-in throttle), and at most
 * CREDENTIAL_CHECK_CONCURRENCY checks at once in this process, so a burst cannot take the event loop from
 * everyone else. A refused call is TOO_MANY_REQUESTS with `retryAfterSeconds`.
 */
@Injectable()
export class CredentialCheckThrottle {
  private readonly window: FixedWindowCounters;
  private running = 0;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.window = new FixedWindowCounters(redis, config.CREDENTIAL_CHECK_WINDOW_SECONDS);
  }

  /** Runs the check when the address is within its rate and a slot is free; refuses it otherwise. */
  async run<T>(ip: string | undefined, check: () => Promise<T>): Promise<T> {
    // The slot is taken before the address is counted: a call turned away as busy costs the address nothing.
    if (this.running >= this.config.CREDENTIAL_CHECK_CONCURRENCY) throw busy();
    this.running += 1;
    try {
      const key = `${this.config.QUEUE_PREFIX}:{throttle}:credential-check:ip:${ip ?? 'unknown'}`;
      const outcome = await this.window.reserve([{ key, limit: this.config.CREDENTIAL_CHECK_MAX_PER_IP }]);
      if (!outcome.allowed) {
        throw DomainError.tooManyRequests('credentials.tooManyChecks', outcome.retryAfterSeconds, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) });
      }
      return await check();
    } finally {
      this.running -= 1;
    }
  }
}

function busy(): DomainError {
  return DomainError.tooManyRequests('credentials.checksBusy', CREDENTIAL_CHECK_BUSY_RETRY_SECONDS, { seconds: CREDENTIAL_CHECK_BUSY_RETRY_SECONDS });
}
