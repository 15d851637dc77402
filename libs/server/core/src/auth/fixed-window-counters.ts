import type { Redis } from 'ioredis';

/**
 * Checks every counter against its limit and, only when none is reached, adds one to the first
 * `reserved` of them, all in one atomic step: parallel requests cannot all read "4 of 5" and all go ahead.
 * A counter's window starts with its first count. Answers the index (1-based) of the first counter at its
 * limit and the seconds left in its window, or 0 when the counts were added.
 */
const RESERVE = `
local window = tonumber(ARGV[1])
local reserved = tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[2 + i]) then
    return {i, redis.call('TTL', key)}
  end
end
for i = 1, reserved do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], window) end
end
return {0, 0}`;

/** Adds one to each counter (a failure), starting its window when it is new. */
const COUNT = `
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, tonumber(ARGV[1])) end
end
return 0`;

/** Takes back one count from each counter that still has one (a reservation that turned out not to count). */
const RELEASE = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0`;

export interface Counter {
  key: string;
  limit: number;
}

export type ReserveOutcome = { allowed: true } | { allowed: false; blockedBy: number; retryAfterSeconds: number };

/**
 * Fixed-window counters in Redis. The keys of one call must share a hash tag (`{…}`) so that the scripts
 * also run on Redis Cluster.
 */
export class FixedWindowCounters {
  constructor(
    private readonly redis: Redis,
    private readonly windowSeconds: number,
  ) {}

  /** Counts one attempt on the first `reserved` counters unless any of `counters` is at its limit. */
  async reserve(counters: readonly Counter[], reserved = counters.length): Promise<ReserveOutcome> {
    const [blockedBy, ttl] = (await this.redis.eval(
      RESERVE,
      counters.length,
      ...counters.map((counter) => counter.key),
      this.windowSeconds,
      reserved,
      ...counters.map((counter) => counter.limit),
    )) as [number, number];
    if (blockedBy === 0) return { allowed: true };
    return { allowed: false, blockedBy: blockedBy - 1, retryAfterSeconds: ttl > 0 ? ttl : this.windowSeconds };
  }

  async count(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.eval(COUNT, keys.length, ...keys, this.windowSeconds);
  }

  async release(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.eval(RELEASE, keys.length, ...keys);
  }

  async reset(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys);
  }
}
