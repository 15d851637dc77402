import { Redis } from 'ioredis';
import { stopChild } from '../launcher/src/child-process';
import { freePort } from '../launcher/src/free-port';
import { redisServerOnPath, startRedisServer } from '../launcher/src/redis-launcher';

export interface OwnRedis {
  url: string;
  pid: number | undefined;
  /** FLUSHALL: every key of this Redis is gone (queues, delayed jobs, throttles). */
  flushAll(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server child of this process on a free port, so that flushing it touches no other test's keys. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const binary = redisServerOnPath();
  if (!binary) throw new Error('redis-server is not on the PATH (Debian: apt-get install redis-server)');
  const { url, child } = await startRedisServer(binary, await freePort(47_000 + Math.floor(Math.random() * 2_000)));
  return {
    url,
    pid: child.pid,
    flushAll: async () => {
      const redis = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        await redis.flushall();
      } finally {
        redis.disconnect();
      }
    },
    stop: () => stopChild(child),
  };
}
