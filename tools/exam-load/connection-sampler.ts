import { Client } from 'pg';

export interface ConnectionSample {
  /** Most connections to the database at once (the sampler's own excluded). */
  maxConnections: number;
  /** Most of them running a statement at once. */
  maxActive: number;
  /** How often an active backend was seen waiting on each kind of event ("CPU" when not waiting), over all samples. */
  waits: Record<string, number>;
  /** How often each statement (its first words) was seen running, over all samples: where PostgreSQL's time goes. */
  statements: Record<string, number>;
  samples: number;
  /** Transactions committed in the database while sampling (each statement outside a transaction is one). */
  transactions: number;
  /** Samples that failed because the sampler's connection was lost (a PostgreSQL restart): it reconnected. */
  interruptions: number;
}

/**
 * A backend publishes its transaction counts at most once a second while busy, and within 10 s once idle
 * (PostgreSQL 15's PGSTAT_IDLE_INTERVAL): counts are read after that long.
 */
const STATS_PUBLISHED_WITHIN_MS = 11_000;

/** Samples pg_stat_activity of one database every `everyMs` until stopped: how many connections the processes used. */
export class ConnectionSampler {
  private readonly result: ConnectionSample = { maxConnections: 0, maxActive: 0, waits: {}, statements: {}, samples: 0, transactions: 0, interruptions: 0 };
  private running = true;
  private loop: Promise<void> | undefined;

  private constructor(
    private client: Client,
    private readonly databaseUrl: string,
    private readonly database: string,
    private readonly everyMs: number,
  ) {}

  private committedAtStart = 0;

  /** Starts sampling once the transactions before it have been published (see stop). */
  static async start(databaseUrl: string, everyMs = 100): Promise<ConnectionSampler> {
    const client = sampleClient(databaseUrl);
    await client.connect();
    const sampler = new ConnectionSampler(client, databaseUrl, new URL(databaseUrl).pathname.slice(1), everyMs);
    await new Promise((resolve) => setTimeout(resolve, STATS_PUBLISHED_WITHIN_MS));
    sampler.committedAtStart = await sampler.committed();
    sampler.loop = sampler.run();
    return sampler;
  }

  /** Stops sampling; the transaction count is read once the backends have published theirs. */
  async stop(): Promise<ConnectionSample> {
    this.running = false;
    await this.loop;
    await new Promise((resolve) => setTimeout(resolve, STATS_PUBLISHED_WITHIN_MS));
    // The sampler's own transactions: the ones before the first sample and one per sample.
    this.result.transactions = (await this.committed()) - this.committedAtStart - this.result.samples - 1;
    await this.client.end();
    return this.result;
  }

  private async committed(): Promise<number> {
    await this.client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await this.client.query<{ committed: string }>('SELECT xact_commit AS committed FROM pg_stat_database WHERE datname = $1', [this.database]);
    return Number(rows[0]?.committed ?? 0);
  }

  /** Samples until stopped; a lost connection (PostgreSQL restarting) is opened again. */
  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.sample();
      } catch {
        this.result.interruptions += 1;
        await this.client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500));
        this.client = sampleClient(this.databaseUrl);
        await this.client.connect().catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, this.everyMs));
    }
  }

  private async sample(): Promise<void> {
    const { rows } = await this.client.query<{ state: string | null; wait: string | null; statement: string | null }>(
      `SELECT state, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS statement, CASE WHEN wait_event IS NULL THEN NULL ELSE wait_event_type || ':' || wait_event END AS wait
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      [this.database],
    );
    const active = rows.filter((row) => row.state === 'active');
    this.result.samples += 1;
    this.result.maxConnections = Math.max(this.result.maxConnections, rows.length);
    this.result.maxActive = Math.max(this.result.maxActive, active.length);
    for (const row of active) {
      tally(this.result.waits, row.wait ?? 'CPU');
      tally(this.result.statements, row.statement ?? '?');
    }
  }
}

/** A client whose lost connection is an error of its next query, not an 'error' event that ends the process. */
function sampleClient(databaseUrl: string): Client {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  return client;
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The most frequent keys of a tally with their share, e.g. `CPU 62%, LWLock:WALWrite 20%`. */
export function topOf(counts: Record<string, number>, limit = 5): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => `${key} ${Math.round((count / Math.max(1, total)) * 100)}%`)
    .join(', ');
}
