import os from 'node:os';
import { type ConnectionSample, ConnectionSampler, topOf } from './connection-sampler';
import { childrenOf, machineBusyPercent, machineCpu, type MachineCpu, processUsage } from './process-usage';
import { postgresPidsServing } from './processes-named';

/** The processes of the platform whose CPU and memory a run reports, each as the pids it has now. */
export type WatchedProcesses = Record<'api' | 'worker' | 'redis' | 'postgres', () => Array<number | undefined>>;

/** The API, the worker, Redis and PostgreSQL (the processes serving the run's database) of a run. */
export function watchedProcesses(pids: { api: () => number | undefined; worker: () => number | undefined; redis: () => number | undefined }, databaseUrl: string): WatchedProcesses {
  const database = new URL(databaseUrl).pathname.slice(1);
  const withChildren = (pid: number | undefined) => (pid ? [pid, ...childrenOf(pid)] : []);
  // Under API_PROCESSES the API is a primary and its forked processes.
  return { api: () => withChildren(pids.api()), worker: () => [pids.worker()], redis: () => [pids.redis()], postgres: () => postgresPidsServing(database) };
}

const NAMES = ['api', 'worker', 'redis', 'postgres'] as const;

interface Seen {
  firstCpu: number;
  lastCpu: number;
}

/**
 * CPU (share of one core) and memory of the API, the worker, Redis, PostgreSQL and this load generator between
 * start and stop, read every second: each process is counted from its first reading (0 for one started in the
 * window, such as a restarted API or a new backend) to its last, so that killed and restarted processes count.
 * Peak RSS: of the one process (API, worker, Redis) or of all PostgreSQL's at once. With the PostgreSQL
 * connections of the run's database.
 */
export class UsageWindow {
  private readonly seen: Record<string, Map<number, Seen>> = { api: new Map(), worker: new Map(), redis: new Map(), postgres: new Map() };
  private readonly peakRssMb: Record<string, number> = {};
  private readonly timer: NodeJS.Timeout;
  private readonly began = Date.now();
  private readonly clientBefore = process.cpuUsage();
  private readonly machineBefore: MachineCpu | null = machineCpu();

  private constructor(
    private readonly processes: WatchedProcesses,
    private readonly sampler: ConnectionSampler,
  ) {
    this.read(true);
    this.timer = setInterval(() => this.read(false), 1000);
  }

  static async start(processes: WatchedProcesses, databaseUrl: string): Promise<UsageWindow> {
    return new UsageWindow(processes, await ConnectionSampler.start(databaseUrl, 250));
  }

  async stop(): Promise<UsageReport> {
    clearInterval(this.timer);
    this.read(false);
    const seconds = (Date.now() - this.began) / 1000;
    const machine = machineCpu();
    const connections = await this.sampler.stop();
    const cpu: Record<string, number> = {};
    for (const name of NAMES) {
      const used = [...(this.seen[name] as Map<number, Seen>).values()].reduce((sum, seen) => sum + seen.lastCpu - seen.firstCpu, 0);
      cpu[name] = (used / seconds) * 100;
    }
    const client = process.cpuUsage(this.clientBefore);
    cpu['client'] = ((client.user + client.system) / 1e6 / seconds) * 100;
    this.peakRssMb['client'] = Math.max(this.peakRssMb['client'] ?? 0, process.memoryUsage().rss / 1024 / 1024);
    return { seconds, cpu, peakRssMb: { ...this.peakRssMb }, machineBusy: machineBusyPercent(this.machineBefore, machine), connections };
  }

  private read(first: boolean): void {
    for (const name of NAMES) {
      const seen = this.seen[name] as Map<number, Seen>;
      let rss = 0;
      for (const pid of this.processes[name]()) {
        const usage = processUsage(pid);
        if (!pid || !usage) continue;
        const known = seen.get(pid);
        if (known) known.lastCpu = usage.cpuSeconds;
        else seen.set(pid, { firstCpu: first ? usage.cpuSeconds : 0, lastCpu: usage.cpuSeconds });
        rss += name === 'postgres' ? usage.rssMb : Math.max(usage.rssMb, usage.peakRssMb);
      }
      this.peakRssMb[name] = Math.max(this.peakRssMb[name] ?? 0, rss);
    }
    this.peakRssMb['client'] = Math.max(this.peakRssMb['client'] ?? 0, process.memoryUsage().rss / 1024 / 1024);
  }
}

export interface UsageReport {
  seconds: number;
  /** Share of one core, by process: api, worker, redis, postgres (all its processes), client (this process). */
  cpu: Record<string, number>;
  peakRssMb: Record<string, number>;
  machineBusy: number;
  connections: ConnectionSample;
}

const pct = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(0)}%` : '?');
const mb = (value: number | undefined) => (value !== undefined ? `${value.toFixed(0)} MB` : '?');
const LABELS: Record<string, string> = { api: 'API', worker: 'worker', redis: 'Redis', postgres: 'PostgreSQL', client: 'load generator' };

/** Two lines: CPU and memory by process, then PostgreSQL's connections and what they were doing. */
export function describeUsage(report: UsageReport): string {
  const { connections } = report;
  return (
    `        CPU (of one core) and peak RSS: ${Object.keys(LABELS).map((name) => `${LABELS[name]} ${pct(report.cpu[name])} ${mb(report.peakRssMb[name])}`).join(', ')}; ` +
    `machine ${pct(report.machineBusy)} busy of ${os.cpus().length} cores\n` +
    `        PostgreSQL: ${connections.maxConnections} connections at most, ${connections.maxActive} running a statement at once, ` +
    `${connections.transactions} transactions; backends were on ${topOf(connections.waits, 4)}` +
    (connections.interruptions ? `; the sampler lost its connection ${connections.interruptions}×` : '')
  );
}
