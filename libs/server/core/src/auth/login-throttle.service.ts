import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { REDIS } from '../redis/redis.token';

/**
 * Fixed-window counters in Redis: failed sign-ins per account, attempts per IP. Losing them to a Redis
 * restart only resets the window, which is acceptable for a throttle.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const [accountFailures, ipAttempts] = await Promise.all([
      this.redis.get(this.accountKey(email)),
      ip ? this.redis.incr(this.ipKey(ip)) : Promise.resolve(0),
    ]);
    if (ip && ipAttempts === 1) await this.redis.expire(this.ipKey(ip), this.config.LOGIN_THROTTLE_WINDOW_SECONDS);
    if (Number(accountFailures ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw await this.tooMany(this.accountKey(email));
    }
    if (ip && ipAttempts > this.config.LOGIN_MAX_ATTEMPTS_PER_IP) {
      throw await this.tooMany(this.ipKey(ip));
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.accountKey(email);
    const failures = await this.redis.incr(key);
    if (failures === 1) await this.redis.expire(key, this.config.LOGIN_THROTTLE_WINDOW_SECONDS);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  private async tooMany(key: string): Promise<DomainError> {
    const ttl = Math.max(1, await this.redis.ttl(key));
    const minutes = Math.ceil(ttl / 60);
    return DomainError.tooManyRequests(`Too many sign-in attempts. Try again in ${minutes} minute(s).`, ttl);
  }

  private accountKey(email: string): string {
    return `${this.config.QUEUE_PREFIX}:login:account:${email.trim().toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `${this.config.QUEUE_PREFIX}:login:ip:${ip}`;
  }
}
