import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { REDIS } from '../redis/redis.token';

/**
 * Fixed-window counters in Redis of failed sign-ins, per account and per IP. Only failures count, so an
 * office whose hundreds of officials sign in from one address at the start of an exam is never throttled.
 * Losing the counters to a Redis restart only resets the window, which is acceptable for a throttle.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const [accountFailures, ipFailures] = await Promise.all([
      this.redis.get(this.accountKey(email)),
      ip ? this.redis.get(this.ipKey(ip)) : Promise.resolve(null),
    ]);
    if (Number(accountFailures ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw await this.tooMany(this.accountKey(email));
    }
    if (ip && Number(ipFailures ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_IP) {
      throw await this.tooMany(this.ipKey(ip));
    }
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await Promise.all([this.increment(this.accountKey(email)), ip ? this.increment(this.ipKey(ip)) : Promise.resolve()]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  private async increment(key: string): Promise<void> {
    const count = await this.redis.incr(key);
    if (count === 1) await this.redis.expire(key, this.config.LOGIN_THROTTLE_WINDOW_SECONDS);
  }

  private async tooMany(key: string): Promise<DomainError> {
    const ttl = Math.max(1, await this.redis.ttl(key));
    const minutes = Math.ceil(ttl / 60);
    return DomainError.tooManyRequests('auth.tooManySignInAttempts', ttl, { minutes });
  }

  private accountKey(email: string): string {
    return `${this.config.QUEUE_PREFIX}:login:account:${email.trim().toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `${this.config.QUEUE_PREFIX}:login:ip:${ip}`;
  }
}
