import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { HealthService } from './health.service';

describe('HealthService against real servers', () => {
  it('reports the database down when PostgreSQL does not answer, and Redis up', async () => {
    const unreachable = new DataSource({ type: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' });
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    try {
      const report = await new HealthService(unreachable, redis).check();
      expect(report).toMatchObject({ status: 'error', database: { status: 'down' }, redis: { status: 'up' } });
    } finally {
      redis.disconnect();
    }
  });
});
