import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { stopChild } from '../../launcher/src/child-process';
import { freePort } from '../../launcher/src/free-port';

const root = path.resolve(__dirname, '../../..');
const dist = path.join(root, 'dist/server');

export interface RunningPlatform {
  url: string;
  logs(): string;
  stop(): Promise<void>;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv, output: string[]): ChildProcess {
  const child = spawn(process.execPath, [path.join(dist, script), ...args], { env, cwd: root });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return child;
}

/**
 * The built platform as it runs in production: migrations and seed, then the API (serving the built
 * portal) and the worker as separate processes, on the test run's database and queue prefix.
 */
export async function startPlatform(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningPlatform> {
  const port = await freePort(3400 + Math.floor(Math.random() * 400));
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DEMO_MODE: 'true', LOG_LEVEL: 'warn', ...extraEnv };
  const migrate = run('apps/api/src/migrate.js', ['--seed'], env, output);
  const migrated = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
  if (migrated !== 0) throw new Error(`migrate failed:\n${output.join('')}`);
  const children = [run('apps/api/src/main.js', [], env, output), run('apps/worker/src/main.js', [], env, output)];
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a machine busy with other builds the API takes far longer than its usual few seconds to boot.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const healthy = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline || children.some((c) => c.exitCode !== null)) {
      children.forEach((c) => c.kill('SIGKILL'));
      throw new Error(`the platform did not start:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    logs: () => output.join(''),
    stop: async () => {
      await Promise.all(children.map((child) => stopChild(child)));
    },
  };
}
