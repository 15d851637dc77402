import { Redis } from 'ioredis';
import { Client } from 'pg';
import { testAdminUrl } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const database = process.env['HOCSO_TEST_DATABASE'];
  if (database && process.env['HOCSO_KEEP_TEST_DATABASE'] !== 'true') {
    const admin = new Client({ connectionString: testAdminUrl() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const prefix = process.env['QUEUE_PREFIX'];
  if (prefix?.startsWith('hocso-test-')) {
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
