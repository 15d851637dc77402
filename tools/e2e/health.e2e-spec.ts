import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../launcher/src/free-port';

const root = path.resolve(__dirname, '../..');

describe('the built API when Redis is down', () => {
  it('still serves, answers 503 on /health saying which dependency is down, and stops on SIGTERM', async () => {
    const [port, deadRedisPort] = [await freePort(3900), await freePort(46500)];
    const api = spawn(process.execPath, [path.join(root, 'dist/server/apps/api/src/main.js')], {
      env: { ...process.env, PORT: String(port), REDIS_URL: `redis://127.0.0.1:${deadRedisPort}`, LOG_LEVEL: 'error' },
      cwd: root,
      stdio: 'ignore',
    });
    try {
      let response: Response | undefined;
      for (let tries = 0; tries < 100 && !response; tries += 1) {
        response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (!response) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(response?.status).toBe(503);
      await expect(response?.json()).resolves.toMatchObject({ status: 'error', database: { status: 'up' }, redis: { status: 'down' } });
      const started = Date.now();
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
      expect(Date.now() - started).toBeLessThan(12_000);
    } finally {
      api.kill('SIGKILL');
    }
  }, 60_000);
});
