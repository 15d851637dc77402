import { chooseRedis, redisAnswers, RedisUnavailableError } from './redis-launcher';
import { freePort } from './free-port';

describe('choosing Redis as DESIGN.md "Run modes" says', () => {
  it('uses REDIS_URL when it is set', async () => {
    await expect(chooseRedis('redis://cache.internal:6380')).resolves.toEqual({ url: 'redis://cache.internal:6380' });
  });

  it('uses the Redis answering on the default port', async () => {
    await expect(chooseRedis(undefined, 6379)).resolves.toEqual({ url: 'redis://127.0.0.1:6379' });
  });

  it('starts redis-server from the PATH on a free port when nothing answers, and it stops with its owner', async () => {
    const silentPort = await freePort(46000);
    const choice = await chooseRedis(undefined, silentPort);
    try {
      expect(choice.child).toBeDefined();
      const port = Number(new URL(choice.url).port);
      await expect(redisAnswers('127.0.0.1', port)).resolves.toBe(true);
    } finally {
      choice.child?.kill('SIGTERM');
      await new Promise((resolve) => choice.child?.once('exit', resolve));
    }
  });

  it('stops with one line naming the install command when there is no redis-server at all', async () => {
    const silentPort = await freePort(46100);
    const error = await chooseRedis(undefined, silentPort, '/nonexistent').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect((error as Error).message).toMatch(/apt-get install redis-server/);
    expect((error as Error).message).not.toContain('\n');
  });
});
