import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { REDIS } from '../redis/redis.token';
import { emailKey } from '../users/email-key';
import { FixedWindowCounters } from './fixed-window-counters';
import type { ThrottleReason } from './throttle-messages';

/** A sign-in attempt that has been counted before its password is checked; say how it ended. */
export interface SignInAttempt {
  /** The password was right: the attempt no longer counts, and the address's failures on the account are forgotten. */
  succeeded(): Promise<void>;
  /** The password was wrong: the attempt stays counted, and counts against the address too. */
  failed(): Promise<void>;
  /** Checking the password failed for another reason (the database was down): the attempt does not count. */
  abandoned(): Promise<void>;
}

/**
 * Throttles what costs an argon2 hash or guesses a password, with fixed-window counters in Redis:
 *
 * - sign-in: failures per account *and* address first (LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP), so that
 *   someone guessing from one place does not lock the owner out from another; failures per account from
 *   anywhere much later (LOGIN_MAX_FAILURES_PER_ACCOUNT), against guessing from many places; failures per
 *   address (LOGIN_MAX_FAILURES_PER_IP). An attempt is counted before its password is checked, atomically,
 *   so parallel attempts cannot all pass the check. Successes never count against an address, so an office
 *   whose officials all sign in from one address at the start of an exam is never throttled;
 * - sign-up: attempts per address (REGISTER_MAX_PER_IP per REGISTER_THROTTLE_WINDOW_SECONDS);
 * - password change: attempts per account (PASSWORD_CHANGE_MAX_PER_ACCOUNT per LOGIN_THROTTLE_WINDOW_SECONDS);
 * - password reset requests: per account identifier and per address (PASSWORD_RESET_MAX_PER_ACCOUNT,
 *   PASSWORD_RESET_MAX_PER_IP per PASSWORD_RESET_THROTTLE_WINDOW_SECONDS). One-time codes are checked as
 *   sign-ins are (beginSignIn under `code:` and the phone), on top of each code's own bound of attempts.
 *
 * Accounts are keyed by a hash of the normalised email or phone (no address book in Redis, and bounded keys).
 * Losing the counters to a Redis restart only resets the windows, which is acceptable for a throttle.
 */
@Injectable()
export class AuthThrottleService {
  private readonly loginWindow: FixedWindowCounters;
  private readonly registerWindow: FixedWindowCounters;
  private readonly resetWindow: FixedWindowCounters;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loginWindow = new FixedWindowCounters(redis, config.LOGIN_THROTTLE_WINDOW_SECONDS);
    this.registerWindow = new FixedWindowCounters(redis, config.REGISTER_THROTTLE_WINDOW_SECONDS);
    this.resetWindow = new FixedWindowCounters(redis, config.PASSWORD_RESET_THROTTLE_WINDOW_SECONDS);
  }

  /** Counts a sign-in attempt, or refuses it (TOO_MANY_REQUESTS with the wait) when a limit is reached. */
  async beginSignIn(identifierKey: string, ip: string | undefined): Promise<SignInAttempt> {
    const id = digest(emailKey(identifierKey));
    const account = this.key('login:account', id);
    const pair = this.key('login:pair', `${id}:${ip ?? 'unknown'}`);
    const address = ip ? this.key('login:ip', ip) : null;
    const outcome = await this.loginWindow.reserve(
      [
        { key: pair, limit: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP },
        { key: account, limit: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT },
        ...(address ? [{ key: address, limit: this.config.LOGIN_MAX_FAILURES_PER_IP }] : []),
      ],
      2,
    );
    if (!outcome.allowed) throw tooMany('auth.tooManySignInAttempts', outcome.retryAfterSeconds);
    return {
      succeeded: async () => {
        await this.loginWindow.reset([pair]);
        await this.loginWindow.release([account]);
      },
      failed: () => this.loginWindow.count(address ? [address] : []),
      abandoned: () => this.loginWindow.release([pair, account]),
    };
  }

  /** Counts a sign-up from an address, or refuses it when the address has signed up too often. */
  async countRegistration(ip: string | undefined): Promise<void> {
    const outcome = await this.registerWindow.reserve([{ key: this.key('register:ip', ip ?? 'unknown'), limit: this.config.REGISTER_MAX_PER_IP }]);
    if (!outcome.allowed) throw tooMany('throttle.register', outcome.retryAfterSeconds);
  }

  /**
   * Counts a request to send a password reset to an account (by its identifier, whether or not an account
   * uses it, so the refusal tells nothing) and from an address, or refuses it: nobody can flood a mailbox or a phone.
   */
  async countPasswordResetRequest(identifierKey: string, ip: string | undefined): Promise<void> {
    const counters = [{ key: this.key('reset:account', digest(emailKey(identifierKey))), limit: this.config.PASSWORD_RESET_MAX_PER_ACCOUNT }];
    if (ip) counters.push({ key: this.key('reset:ip', ip), limit: this.config.PASSWORD_RESET_MAX_PER_IP });
    const outcome = await this.resetWindow.reserve(counters, counters.length);
    if (!outcome.allowed) throw tooMany('throttle.passwordReset', outcome.retryAfterSeconds);
  }

  /** Counts an attempt to change an account's password (each checks the current one), or refuses it. */
  async countPasswordChange(userId: string): Promise<void> {
    const outcome = await this.loginWindow.reserve([{ key: this.key('password-change:account', userId), limit: this.config.PASSWORD_CHANGE_MAX_PER_ACCOUNT }]);
    if (!outcome.allowed) throw tooMany('throttle.passwordChange', outcome.retryAfterSeconds);
  }

  /** Every throttle key shares the hash tag `{throttle}`, so that the counting scripts run on Redis Cluster too. */
  private key(kind: string, id: string): string {
    return `${this.config.QUEUE_PREFIX}:{throttle}:${kind}:${id}`;
  }
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function tooMany(reason: ThrottleReason, retryAfterSeconds: number): DomainError {
  return DomainError.tooManyRequests(reason, retryAfterSeconds, { minutes: Math.ceil(retryAfterSeconds / 60) });
}
