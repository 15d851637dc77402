import { ServerProcess, startOwnRedis, waitUntil } from '../exam-load';
import { insertCompletions } from './support/certificate-completions';
import { useExamLoadSuite } from './support/exam-load-suite';

const COMPLETIONS = 300;

interface Tally {
  certificates: number;
  enrollments: number;
  withPdf: number;
  duplicates: number;
}

describe('certificates issued exactly once, whatever happens to the worker or Redis', () => {
  const suite = useExamLoadSuite();

  const tally = (ids: string[]): Promise<Tally> =>
    suite
      .db()
      .query(
        `SELECT count(*)::int AS certificates, count(DISTINCT enrollment_id)::int AS enrollments,
                count(*) FILTER (WHERE pdf_storage_key IS NOT NULL)::int AS "withPdf",
                (SELECT count(*)::int FROM (SELECT 1 FROM certificate WHERE enrollment_id = ANY($1) GROUP BY enrollment_id HAVING count(*) > 1) d) AS duplicates
           FROM certificate WHERE enrollment_id = ANY($1)`,
        [ids],
      )
      .then((rows: Tally[]) => rows[0] as Tally);
  const allDone = (value: Tally) => value.enrollments === COMPLETIONS && value.withPdf === COMPLETIONS;

  const worker = (env: NodeJS.ProcessEnv) => {
    const process = new ServerProcess('worker', 'apps/worker/src/main.js', env);
    suite.cleanUp(() => process.stop());
    return process;
  };

  it('kill -9 of the worker mid-batch, then a restart: every completion ends with exactly one certificate and its PDF', async () => {
    const ids = await insertCompletions((sql, params) => suite.db().query(sql, params), COMPLETIONS, 'E2E-CERT-KILL');
    const issuer = worker({ ...process.env, QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}:cert-kill`, OUTBOX_RELAY_INTERVAL_MS: '100', LOG_LEVEL: 'warn' });
    issuer.start();
    const before = await waitUntil(() => tally(ids), (value) => value.withPdf >= 30, 120_000, 50);
    await issuer.kill();
    const atKill = await tally(ids);
    expect(atKill.withPdf).toBeLessThan(COMPLETIONS);
    issuer.start();
    const after = await waitUntil(() => tally(ids), allDone, 180_000);
    expect(before.duplicates).toBe(0);
    expect(after).toEqual({ certificates: COMPLETIONS, enrollments: COMPLETIONS, withPdf: COMPLETIONS, duplicates: 0 });
    const unpublished = await suite.db().query('SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = ANY($1) AND published_at IS NULL', [ids]);
    expect(unpublished).toEqual([{ n: 0 }]);
  });

  it('FLUSHALL of Redis during issuing: the reconciler finishes the batch, exactly one certificate each', async () => {
    const redis = await startOwnRedis();
    suite.cleanUp(() => redis.stop());
    const ids = await insertCompletions((sql, params) => suite.db().query(sql, params), COMPLETIONS, 'E2E-CERT-FLUSH');
    const issuer = worker({
      ...process.env,
      REDIS_URL: redis.url,
      OUTBOX_RELAY_INTERVAL_MS: '100',
      // The reconciler every 2 s (re-enqueuing what has waited 2 s), so the test does not wait the default minute.
      CERTIFICATE_RECONCILE_INTERVAL_MS: '2000',
      LOG_LEVEL: 'warn',
    });
    issuer.start();
    // Flushed once the relay has queued every completion and the worker has issued some.
    await waitUntil(
      () => suite.db().query('SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = ANY($1) AND published_at IS NULL', [ids]),
      (rows: Array<{ n: number }>) => rows[0]?.n === 0,
      120_000,
      50,
    );
    await waitUntil(() => tally(ids), (value) => value.withPdf >= 20, 120_000, 50);
    await redis.flushAll();
    const atFlush = await tally(ids);
    expect(atFlush.withPdf).toBeLessThan(COMPLETIONS);
    const after = await waitUntil(() => tally(ids), allDone, 240_000);
    expect(after).toEqual({ certificates: COMPLETIONS, enrollments: COMPLETIONS, withPdf: COMPLETIONS, duplicates: 0 });
  });
});
