import { readdirSync, readFileSync } from 'node:fs';

/**
 * The PostgreSQL processes that serve `database`: its backends (`postgres: user database host state`) and the
 * server's own (postmaster, WAL writer, checkpointer…, shared with other databases), not other databases' backends.
 */
export function postgresPidsServing(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const served = databaseOfBackend(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim());
      if (served === null || served === database) pids.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

/** The database a backend's process title names ("postgres: [<cluster>:] <user> <database> <client> <state>"); null for the server's own processes. */
export function databaseOfBackend(title: string): string | null {
  return /^postgres: (?:\S+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])/.exec(title)?.[1] ?? null;
}
