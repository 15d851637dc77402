import { execFileSync } from 'node:child_process';
import { ExamServers, waitUntil } from '../exam-load';

/** The API processes the primary runs: its children. */
const childrenOf = (pid: number | undefined): number[] => {
  if (!pid) return [];
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid=']).toString().split('\n').map((line) => Number(line.trim())).filter(Boolean);
  } catch {
    return []; // ps exits 1 when there is none
  }
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API as several processes (API_PROCESSES=2)', () => {
  let servers: ExamServers;

  beforeAll(async () => {
    servers = await ExamServers.start({ env: { API_PROCESSES: '2', QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}:api-processes` } });
  });
  afterAll(() => servers.stop());

  const healthy = () => fetch(`${servers.url}/health`).then((response) => response.ok, () => false);

  it('replaces a process that dies, and leaves none behind when the primary is killed with kill -9', async () => {
    const [first, second] = await waitUntil(async () => childrenOf(servers.api.pid), (pids) => pids.length === 2);
    process.kill(first as number, 'SIGKILL');
    const replaced = await waitUntil(async () => childrenOf(servers.api.pid), (pids) => pids.length === 2 && !pids.includes(first as number), 30_000);
    expect(replaced).toContain(second);
    await waitUntil(healthy, (ok) => ok);

    await servers.api.kill();
    await waitUntil(async () => replaced.filter(alive), (running) => running.length === 0, 20_000);
    expect(await healthy()).toBe(false);
  });

  it('stops every process on SIGTERM, the primary last', async () => {
    servers.api.start();
    await servers.waitForApi();
    const processes = await waitUntil(async () => childrenOf(servers.api.pid), (pids) => pids.length === 2);

    await servers.api.stop();

    expect(servers.api.running).toBe(false);
    expect(processes.filter(alive)).toEqual([]);
    expect(servers.api.logs()).toContain('SIGTERM received, closing the API processes');
  });
});
