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
 * portal) and the worker as separate processes, on the test run's database and queue prefix. A platform that
 * does not answer its health check in time is stopped and started once more on another port, and the failure
 * names the last answer the health check got.
 */
export async function startPlatform(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningPlatform> {
  try {
    return await startPlatformOnce(extraEnv);
  } catch (firstFailure) {
    if (!(firstFailure instanceof PlatformDidNotStart)) throw firstFailure;
    process.stderr.write(`${firstFailure.message}\nstarting it once more\n`);
    return startPlatformOnce(extraEnv);
  }
}

class PlatformDidNotStart extends Error {}

async function startPlatformOnce(extraEnv: NodeJS.ProcessEnv): Promise<RunningPlatform> {
  const port = await freePort(3400 + Math.floor(Math.random() * 400));
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DEMO_MODE: 'true', LOG_LEVEL: 'warn', ...extraEnv };
  const migrate = run('apps/api/src/migrate.js', ['--seed'], env, output);
  const migrated = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
  if (migrated !== 0) throw new Error(`migrate failed:\n${output.join('')}`);
  const children = [run('apps/api/src/main.js', [], env, output), run('apps/worker/src/main.js', [], env, output)];
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a machine busy with other builds the API takes far longer than its usual few seconds to boot.
  const deadline = Date.now() + 60_000;
  let lastAnswer = 'no answer yet';
  for (;;) {
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => {
        lastAnswer = `HTTP ${response.status} ${(await response.text()).slice(0, 300)}`;
        return response.ok;
      })
      .catch((error: unknown) => {
        lastAnswer = error instanceof Error ? `${error.name}: ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
        return false;
      });
    if (healthy) break;
    const exited = children.some((c) => c.exitCode !== null);
    if (Date.now() > deadline || exited) {
      children.forEach((c) => c.kill('SIGKILL'));
      const failure = `the platform did not start on port ${port} (last health check: ${lastAnswer}):\n${output.join('')}`;
      throw exited ? new Error(failure) : new PlatformDidNotStart(failure);
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
