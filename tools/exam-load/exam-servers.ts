import { freePort } from '../launcher/src/free-port';
import { ServerProcess } from './server-process';

export interface ExamServersOptions {
  /** DATABASE_URL, REDIS_URL, QUEUE_PREFIX, JWT_SECRET… of both processes (on top of this process's environment). */
  env: NodeJS.ProcessEnv;
  /** Node options of the API process only, e.g. `--cpu-prof` to profile it. */
  apiNodeArgs?: string[];
}

/** Written by the worker once every consumer and interval has started. */
const WORKER_STARTED = 'HocSo worker started';

/** At level "log" the worker says when it has started; it writes little else. */
function workerProcess(name: string, env: NodeJS.ProcessEnv): ServerProcess {
  return new ServerProcess(name, 'apps/worker/src/main.js', { ...env, LOG_LEVEL: 'log' });
}

/** The built API and worker as separate processes on one database and Redis, each of which a test can kill and restart. */
export class ExamServers {
  private constructor(
    readonly api: ServerProcess,
    readonly worker: ServerProcess,
    readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(options: ExamServersOptions): Promise<ExamServers> {
    const port = await freePort(20_000 + Math.floor(Math.random() * 20_000));
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...options.env, PORT: String(port) };
    const servers = new ExamServers(
      new ServerProcess('api', 'apps/api/src/main.js', env, options.apiNodeArgs),
      workerProcess('worker', env),
      `http://127.0.0.1:${port}`,
      env,
    );
    try {
      servers.api.start();
      await servers.startWorker();
      await servers.waitForApi();
    } catch (error) {
      await servers.stop();
      throw error;
    }
    return servers;
  }

  /** Resolves once /health answers 200 (PostgreSQL and Redis reachable). */
  async waitForApi(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const healthy = await fetch(`${this.url}/health`).then((response) => response.ok, () => false);
      if (healthy) return;
      if (!this.api.running) throw new Error(`the API exited:\n${this.api.logs()}`);
      if (Date.now() > deadline) throw new Error(`the API was not healthy within ${timeoutMs} ms:\n${this.api.logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** kill -9 of the API, then a new API process on the same port, healthy. */
  async crashAndRestartApi(): Promise<void> {
    await this.api.kill();
    this.api.start();
    await this.waitForApi();
  }

  async startWorker(): Promise<void> {
    this.worker.start();
    await this.worker.waitForOutput(WORKER_STARTED);
  }

  /** One more worker process on the same database, with `env` on top of the others' (e.g. a QUEUE_PREFIX of its own). */
  async startOtherWorker(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
    const other = workerProcess('other worker', { ...this.env, ...env });
    other.start();
    await other.waitForOutput(WORKER_STARTED);
    return other;
  }

  logs(): string {
    return `--- api ---\n${this.api.logs()}\n--- worker ---\n${this.worker.logs()}`;
  }

  async stop(): Promise<void> {
    await Promise.all([this.api.stop(), this.worker.stop()]);
  }
}
