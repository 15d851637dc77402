import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcessUsage {
  /** User plus system CPU time since the process started. */
  cpuSeconds: number;
  rssMb: number;
  /** The highest resident set size the process has had. */
  peakRssMb: number;
}

/** CPU and memory of a running process, read from /proc (Linux); null when it is gone. */
export function processUsage(pid: number | undefined): ProcessUsage | null {
  return pid ? oneProcessUsage(pid) : null;
}

/**
 * CPU and memory of a running process and of its descendants together (an API run as several processes:
 * API_PROCESSES); null when it is gone. The peak is the sum of each process's own peak.
 */
export function processTreeUsage(pid: number | undefined): ProcessUsage | null {
  if (!pid) return null;
  const own = oneProcessUsage(pid);
  if (!own) return null;
  return childrenOf(pid)
    .map((child) => processTreeUsage(child))
    .reduce<ProcessUsage>(
      (sum, child) => (child ? { cpuSeconds: sum.cpuSeconds + child.cpuSeconds, rssMb: sum.rssMb + child.rssMb, peakRssMb: sum.peakRssMb + child.peakRssMb } : sum),
      own,
    );
}

function oneProcessUsage(pid: number): ProcessUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { cpuSeconds, rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The processes `pid` started (a node:cluster primary's API processes), from /proc. */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((thread) =>
      readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The CPU a process used between two readings, as a share of one core over the wall time between them. */
export function cpuPercent(before: ProcessUsage | null, after: ProcessUsage | null, wallSeconds: number): number {
  if (!before || !after || wallSeconds <= 0) return Number.NaN;
  return ((after.cpuSeconds - before.cpuSeconds) / wallSeconds) * 100;
}

export interface MachineCpu {
  busyTicks: number;
  totalTicks: number;
}

/** The whole machine's CPU counters (/proc/stat), to tell a saturated machine from a waiting process. */
export function machineCpu(): MachineCpu | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busyTicks: total - idle, totalTicks: total };
  } catch {
    return null;
  }
}

/** Share of all the machine's cores that was busy between two readings. */
export function machineBusyPercent(before: MachineCpu | null, after: MachineCpu | null): number {
  if (!before || !after || after.totalTicks === before.totalTicks) return Number.NaN;
  return ((after.busyTicks - before.busyTicks) / (after.totalTicks - before.totalTicks)) * 100;
}
