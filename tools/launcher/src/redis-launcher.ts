import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { freePort } from './free-port';

export interface RedisChoice {
  url: string;
  /** Set when the launcher started its own redis-server. */
  child?: ChildProcess;
}

export class RedisUnavailableError extends Error {}

/** Whether a Redis answers PING at host:port within a short time. */
export function redisAnswers(host: string, port: number, timeoutMs = 800): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** DESIGN.md "Run modes": REDIS_URL, else a Redis on 127.0.0.1:6379, else redis-server from the PATH. */
export async function chooseRedis(configuredUrl: string | undefined, defaultPort = 6379, searchPath = process.env['PATH'] ?? ''): Promise<RedisChoice> {
  if (configuredUrl) return { url: configuredUrl };
  if (await redisAnswers('127.0.0.1', defaultPort)) return { url: `redis://127.0.0.1:${defaultPort}` };
  const found = redisServerOnPath(searchPath);
  if (!found) {
    throw new RedisUnavailableError(
      'HocSo needs Redis and none was found: install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL',
    );
  }
  return startRedisServer(found, await freePort(6380));
}

/** A redis-server child of this process on 127.0.0.1:port, without persistence; resolves once it answers PING. */
export async function startRedisServer(binary: string, port: number): Promise<Required<RedisChoice>> {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await redisAnswers('127.0.0.1', port)) return { url: `redis://127.0.0.1:${port}`, child };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new RedisUnavailableError(`redis-server (${binary}) did not start on port ${port}`);
}

/** The redis-server found on the PATH, if any. */
export function redisServerOnPath(searchPath = process.env['PATH'] ?? ''): string | undefined {
  return findOnPath('redis-server', searchPath);
}

function findOnPath(command: string, searchPath: string): string | undefined {
  for (const directory of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
