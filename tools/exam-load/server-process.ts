import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { stopChild } from '../launcher/src/child-process';

export const ROOT = path.resolve(__dirname, '../..');
/** BENCH_SERVER_DIST runs another build (a copy of an earlier dist/server), to compare two builds under the same load. */
const SERVER_DIST = path.resolve(process.env['BENCH_SERVER_DIST'] ?? path.join(ROOT, 'dist/server'));
/** What is kept of a process's output: the end of it, enough to explain a failure. */
const OUTPUT_KEPT = 200_000;

/**
 * One built server process (`dist/server/...`, as `npm start` runs it) that can be killed with SIGKILL, stopped
 * and started again on the same environment, as an operator or a crash would.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private output = '';
  /** The output of the current run only. */
  private sinceStart = '';

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly nodeArgs: string[] = [],
  ) {}

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    const child = spawn(process.execPath, [...this.nodeArgs, path.join(SERVER_DIST, this.script)], { env: this.env, cwd: ROOT });
    this.sinceStart = '';
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT);
      this.sinceStart = (this.sinceStart + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => keep(Buffer.from(`\n[${this.name} exited: ${signal ?? code}]\n`)));
    this.child = child;
  }

  /** kill -9: no shutdown hook runs, nothing in flight is finished. */
  kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** SIGTERM (a clean shutdown), SIGKILL after the grace period. */
  stop(graceMs = 10_000): Promise<void> {
    return stopChild(this.running ? this.child : undefined, graceMs);
  }

  /** Resolves when the process has written `text` since it last started; fails when it exits first or after timeoutMs. */
  async waitForOutput(text: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.sinceStart.includes(text)) {
      if (!this.running) throw new Error(`${this.name} exited before writing "${text}":\n${this.logs()}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not write "${text}" within ${timeoutMs} ms:\n${this.logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  logs(): string {
    return this.output;
  }
}
