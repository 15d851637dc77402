import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/** A process of the built platform (`npm run build:server`) or a server it needs, with what it wrote. */
export interface RunningProcess {
  child: ChildProcess;
  logs(): string;
  /** Ends it with the signal (SIGKILL: as a crash) and waits until it has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

function running(child: ChildProcess): RunningProcess {
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    logs: () => output.join(''),
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A port nothing listens on now. */
export function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The built API or worker as production runs it, on the test run's database, with `env` on top. */
export function startBuilt(app: 'api' | 'worker', env: NodeJS.ProcessEnv): RunningProcess {
  const script = path.join(root, 'dist/server/apps', app, 'src/main.js');
  return running(spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env } }));
}

/** Waits until the API answers /health with 200; fails with its output if it exits or takes too long. */
export async function waitForHealth(url: string, api: RunningProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fetch(`${url}/health`).then((response) => response.ok, () => false)) return;
    if (Date.now() > deadline || api.child.exitCode !== null) throw new Error(`the API did not start:\n${api.logs()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A Redis of the test's own (Debian's redis-server, no persistence), for tests that flush or stop it: the
 * machine's Redis is shared with other runs.
 */
export async function startPrivateRedis(): Promise<RunningProcess & { url: string }> {
  const port = await freeLocalPort();
  const redis = running(spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']));
  const url = `redis://127.0.0.1:${port}`;
  for (let waited = 0; waited < 10_000; waited += 100) {
    const answers = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (answers) return { ...redis, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await redis.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}:\n${redis.logs()}`);
}
