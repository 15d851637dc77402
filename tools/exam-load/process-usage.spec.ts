import { spawn } from 'node:child_process';
import { processTreeUsage, processUsage } from './process-usage';
import { waitUntil } from './wait-until';

describe('process usage', () => {
  it('counts the children of a process with it in its tree, and only the process by itself', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const childRss = await waitUntil(async () => processUsage(child.pid)?.rssMb ?? 0, (rss) => rss > 10, 10_000, 50);
      const own = processUsage(process.pid);
      const tree = processTreeUsage(process.pid);
      expect(tree?.rssMb).toBeGreaterThanOrEqual((own?.rssMb ?? Infinity) + childRss * 0.9);
      expect(tree?.cpuSeconds).toBeGreaterThanOrEqual(own?.cpuSeconds ?? Infinity);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
