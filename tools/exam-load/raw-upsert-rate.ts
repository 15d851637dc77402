import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';

const run = promisify(execFile);

/** How fast PostgreSQL itself takes the answer upsert, with no API in between: the physical limit of saving here. */
export interface RawUpsertRate {
  perSecond: number;
  clients: number;
  seconds: number;
}

/**
 * The guarded upsert of `saveAnswer` (the taker's attempt, open, within its deadline, the slot of its frozen
 * questions; a newer clientSeq only), one per transaction as the API commits it, run by `pgbench` against the
 * attempts of `examId`, reopened for the measurement. Each pgbench client numbers its saves with a sequence of
 * its own, interleaved with the others', so nearly every statement writes, as a taker's do.
 */
export async function measureRawUpsertRate(
  dataSource: DataSource,
  databaseUrl: string,
  examId: string,
  options: { clients: number; seconds: number },
): Promise<RawUpsertRate> {
  await dataSource.query(`DROP TABLE IF EXISTS bench_raw_attempt`);
  await dataSource.query(
    `CREATE TABLE bench_raw_attempt AS
       SELECT row_number() OVER (ORDER BY id)::int AS n, id, user_id, jsonb_array_length(slots) AS slot_count
         FROM exam_attempt WHERE exam_id = $1`,
    [examId],
  );
  // Each transaction picks its attempt by number: without the key that is a scan of every attempt (10,000 at exam scale).
  await dataSource.query(`ALTER TABLE bench_raw_attempt ADD PRIMARY KEY (n)`);
  const [{ attempts }]: Array<{ attempts: number }> = await dataSource.query(`SELECT count(*)::int AS attempts FROM bench_raw_attempt`);
  if (attempts === 0) throw new Error('no attempts to measure the raw upsert rate on');
  await dataSource.query(
    `UPDATE exam_attempt SET state = 'IN_PROGRESS', submitted_at = NULL, accepts_until = now() + interval '1 hour'
      WHERE exam_id = $1`,
    [examId],
  );
  const [{ slots }]: Array<{ slots: number }> = await dataSource.query(`SELECT min(slot_count)::int AS slots FROM bench_raw_attempt`);
  const script = `\\set a random(1, ${attempts})
\\set slot random(1, ${slots})
\\set seq 1000000 + :client_id + ${options.clients} * :counter
\\set counter :counter + 1
WITH pick AS (SELECT id, user_id FROM bench_raw_attempt WHERE n = :a),
target AS (
  SELECT a.id, a.slots -> (:slot - 1) AS s
    FROM exam_attempt a JOIN pick ON pick.id = a.id AND pick.user_id = a.user_id
   WHERE a.state = 'IN_PROGRESS' AND (a.accepts_until IS NULL OR now() <= a.accepts_until)
     FOR KEY SHARE OF a
)
INSERT INTO attempt_answer (attempt_id, slot, client_seq, response, saved_at)
SELECT t.id, :slot, :seq, jsonb_build_object('optionIds', jsonb_build_array(t.s -> 'optionOrder' -> 0)), now()
  FROM target t WHERE (t.s ->> 'slot')::int = :slot AND (t.s ->> 'type') = ANY ('{SINGLE_CHOICE,MULTIPLE_CHOICE}'::text[])
ON CONFLICT (attempt_id, slot) DO UPDATE
   SET client_seq = EXCLUDED.client_seq, response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
 WHERE attempt_answer.client_seq < EXCLUDED.client_seq;
`;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'hocso-raw-upsert-'));
  try {
    const file = path.join(folder, 'upsert.sql');
    writeFileSync(file, script);
    const { stdout } = await run(
      'pgbench',
      ['-n', '-c', String(options.clients), '-j', '2', '-T', String(options.seconds), '-D', 'counter=0', '-f', file, databaseUrl],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no rate:\n${stdout}`);
    return { perSecond: Number(tps), clients: options.clients, seconds: options.seconds };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await dataSource.query(`DROP TABLE IF EXISTS bench_raw_attempt`);
  }
}
