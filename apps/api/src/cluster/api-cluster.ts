import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';

/** A worker that dies is replaced after this pause, so that one failing at start does not spin a core. */
const RESTART_DELAY_MS = 1000;
/** How long the workers have to close (each gives itself 10 s, see closeOnSignals) before they are killed. */
const STOP_GRACE_MS = 15_000;

/**
 * The primary of `processes` API workers sharing one port (node:cluster): it serves nothing itself, replaces a
 * worker that dies, and on SIGTERM or SIGINT has every worker close (finishing what is in flight), then exits.
 */
export function runApiCluster(processes: number, listeningLine: string): void {
  const logger = new Logger('ApiCluster');
  const workers = new Set<Worker>();
  let stopping = false;
  let listening = 0;

  const fork = () => workers.add(cluster.fork());
  cluster.on('listening', () => {
    listening += 1;
    if (listening === processes) logger.log(`${listeningLine} (${processes} processes)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    workers.delete(worker);
    if (stopping) {
      if (workers.size === 0) process.exit(0);
      return;
    }
    logger.error(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => stopping || fork(), RESTART_DELAY_MS);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, closing the API processes`);
    if (workers.size === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      logger.warn(`API processes still running after ${STOP_GRACE_MS / 1000} s; killing them`);
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  for (let index = 0; index < processes; index += 1) fork();
}

/**
 * In a worker: when the primary is gone (even by kill -9) the IPC channel closes; the worker then closes as on
 * SIGTERM, so that no orphan keeps listening on the port.
 */
export function closeWhenPrimaryGoes(): void {
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
