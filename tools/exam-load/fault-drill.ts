import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ExamServers } from './exam-servers';
import type { OwnRedis } from './own-redis';

const run = promisify(execFile);

export const FAULT_DRILLS = ['kill-api', 'kill-worker', 'restart-postgres', 'flush-redis'] as const;
export type FaultDrill = (typeof FAULT_DRILLS)[number];

export function isFaultDrill(name: string): name is FaultDrill {
  return (FAULT_DRILLS as readonly string[]).includes(name);
}

export interface DrillTargets {
  servers: ExamServers;
  redis: OwnRedis;
  databaseUrl: string;
}

/** What a drill did and when: takers' failures in this window are the fault's, counted apart. */
export interface DrillWindow {
  from: number;
  to: number;
  what: string;
}

/**
 * Does what the drill's name says, as an operator's mistake or a crash would, and brings the platform back:
 * kill -9 of the API (then a new API process, healthy), kill -9 of the worker (then a new worker), a fast restart
 * of the PostgreSQL cluster serving `databaseUrl` (it must be a Debian cluster on this machine: `pg_ctlcluster`),
 * FLUSHALL on the run's own Redis. The window ends once the platform answers /health again.
 */
export async function runFaultDrill(drill: FaultDrill, targets: DrillTargets): Promise<DrillWindow> {
  const from = Date.now();
  let what: string;
  switch (drill) {
    case 'kill-api':
      await targets.servers.crashAndRestartApi();
      what = 'kill -9 of the API, a new API process started';
      break;
    case 'kill-worker':
      await targets.servers.worker.kill();
      await targets.servers.startWorker();
      what = 'kill -9 of the worker, a new worker started';
      break;
    case 'restart-postgres':
      what = await restartPostgres(targets.databaseUrl);
      await targets.servers.waitForApi();
      break;
    case 'flush-redis':
      await targets.redis.flushAll();
      what = 'FLUSHALL on Redis (queues, delayed deadline jobs, throttles)';
      break;
  }
  return { from, to: Date.now(), what };
}

/** `pg_ctlcluster <version> <cluster> restart -m fast` of the local cluster listening on the URL's port. */
async function restartPostgres(databaseUrl: string): Promise<string> {
  const url = new URL(databaseUrl);
  const port = url.port || '5432';
  if (!['127.0.0.1', 'localhost', '::1'].includes(url.hostname)) {
    throw new Error(`restart-postgres restarts a PostgreSQL cluster of this machine; ${url.hostname} is not local`);
  }
  const { stdout } = await run('pg_lsclusters', ['--no-header']).catch(() => {
    throw new Error('restart-postgres needs pg_lsclusters and pg_ctlcluster (Debian: postgresql-common)');
  });
  const cluster = stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[2] === port);
  if (!cluster) throw new Error(`no local PostgreSQL cluster listens on port ${port} (pg_lsclusters)`);
  const [version, name] = cluster as [string, string];
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'restart', '-m', 'fast']);
  return `PostgreSQL ${version}/${name} fast restart (pg_ctlcluster … restart -m fast)`;
}
