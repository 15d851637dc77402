import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNode, startNode, stopChild } from './child-process';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { chooseRedis, RedisUnavailableError } from './redis-launcher';
import { generateEd25519SecretKeyMultibase } from '@hocso/server-core';
import { printBanner } from './banner';

// dist/server/tools/launcher/src → the repository root
const root = path.resolve(__dirname, '../../../../..');
const stateDir = path.resolve(process.env['HOCSO_STATE_DIR'] ?? path.join(root, '.hocso'));
const serverDist = path.join(root, 'dist/server');

/**
 * `npm start`: the whole platform on one machine with nothing configured. Embedded PostgreSQL unless
 * DATABASE_URL is set, Redis as DESIGN.md says, migrations and the demo seed, then API (serving the
 * portal) and worker as child processes. Ctrl-C stops every child.
 */
async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let postgres: RunningPostgres | undefined;
  let redisChild: ChildProcess | undefined;
  const apps: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping HocSo…');
    await Promise.all(apps.map((child) => stopChild(child)));
    await stopChild(redisChild, 3000);
    await postgres?.stop().catch((error: unknown) => console.error(`PostgreSQL did not stop cleanly: ${error}`));
    console.log('HocSo stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    mkdirSync(stateDir, { recursive: true });
    // As root, the embedded server runs as the `postgres` user, who must be able to reach its data.
    if (process.getuid?.() === 0) chmodSync(stateDir, 0o755);
    if (!env['DATABASE_URL']) {
      const dataDir = path.join(stateDir, 'pgdata');
      console.log(`Starting embedded PostgreSQL (data in ${shownPath(dataDir)})…`);
      postgres = await startEmbeddedPostgres(dataDir, 'hocso');
      env['DATABASE_URL'] = postgres.url;
      env['DEMO_MODE'] ??= 'true';
    }
    const redis = await chooseRedis(env['REDIS_URL']);
    redisChild = redis.child;
    env['REDIS_URL'] = redis.url;
    console.log(redis.child ? `Started redis-server for this run at ${redis.url}` : `Using Redis at ${redis.url}`);
    env['JWT_SECRET'] ??= persistentSecret(path.join(stateDir, 'jwt-secret'), () => randomBytes(48).toString('base64url'));
    // The key that signs the certificates' credentials: kept, as the verifiers of issued ones need its public half.
    env['CREDENTIAL_SIGNING_KEY'] ??= persistentSecret(path.join(stateDir, 'credential-signing-key'), generateEd25519SecretKeyMultibase);
    env['PORT'] ??= '3000';
    env['PORTAL_DIST'] ??= path.join(root, 'dist/apps/portal');
    // Without SMTP or an SMS provider, what would have been sent is written here, one file per message.
    env['MAIL_DIR'] ??= path.join(stateDir, 'mail');
    env['SMS_DIR'] ??= path.join(stateDir, 'sms');

    await runNode(path.join(serverDist, 'apps/api/src/migrate.js'), ['--seed'], env);
    // The console shows the banner and what needs attention; LOG_LEVEL=log (or debug) shows the rest.
    const appEnv: NodeJS.ProcessEnv = { ...env, LOG_LEVEL: env['LOG_LEVEL'] ?? 'warn' };
    apps.push(startNode(path.join(serverDist, 'apps/api/src/main.js'), appEnv));
    apps.push(startNode(path.join(serverDist, 'apps/worker/src/main.js'), appEnv));
    for (const child of apps) {
      child.once('exit', (code) => {
        if (!stopping) {
          console.error(`A HocSo process exited unexpectedly (code ${code}); stopping the rest.`);
          void shutdown(1);
        }
      });
    }
    const url = (env['PUBLIC_URL'] ?? `http://localhost:${env['PORT']}`).replace(/\/$/, '');
    await waitForHealth(`http://127.0.0.1:${env['PORT']}/health`);
    printBanner(url, env['DEMO_MODE'] === 'true' ? (env['DEMO_PASSWORD'] ?? 'HocSo@2026') : undefined, {
      mail: env['SMTP_HOST'] ? null : shownPath(env['MAIL_DIR']),
      sms: env['SMS_DRIVER'] === 'http' ? null : shownPath(env['SMS_DIR']),
    });
  } catch (error) {
    console.error(error instanceof RedisUnavailableError ? error.message : `HocSo could not start: ${error instanceof Error ? error.message : error}`);
    await shutdown(1);
  }
}

/** A path as the banner shows it: relative to the repository when it is inside it. */
function shownPath(location: string): string {
  return location.startsWith(`${root}${path.sep}`) ? path.relative(root, location) : location;
}

function persistentSecret(file: string, generate: () => string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = generate();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s (${url})`);
}

void main();
