import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { type AppConfig, closeOnSignals, ConfigError, loadConfig, publicUrlOf } from '@hocso/server-core';
import { closeWhenPrimaryGoes, runApiCluster } from './cluster/api-cluster';
import { createApiApp } from './create-api-app';

/**
 * Connections the kernel may hold for the API before it accepts them (capped by net.core.somaxconn). Node's
 * default of 511 overflowed when a thousand phones connected within the same second while the API's thread
 * was busy: the kernel dropped some 4,000 connection attempts, which TCP sent again seconds later.
 */
const LISTEN_BACKLOG = 4096;

/**
 * A phone saves an answer every half minute or so: with Node's default of 5 s it would reconnect (a TCP and, in
 * production, a TLS handshake) for nearly every save, and a request sent as the server closes the idle
 * connection fails with a reset. The header timeout must stay above it (Node's rule).
 */
function keepIdleConnections(server: Server, seconds: number): void {
  server.keepAliveTimeout = seconds * 1000;
  server.headersTimeout = seconds * 1000 + 1000;
}

const listeningLine = (config: AppConfig) => `HocSo API listening on ${publicUrlOf(config)} (GraphQL at /graphql)`;

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (config.API_PROCESSES > 1 && cluster.isPrimary) {
    runApiCluster(config.API_PROCESSES, listeningLine(config));
    return;
  }
  if (cluster.isWorker) closeWhenPrimaryGoes();
  const app = await createApiApp();
  closeOnSignals(app);
  // Nest hands every argument on to Node's server.listen(port, host, backlog), but its typings omit the backlog.
  const listen = app.listen.bind(app) as unknown as (port: number, host: string, backlog: number) => Promise<unknown>;
  await listen(config.PORT, process.env['HOST'] ?? '0.0.0.0', LISTEN_BACKLOG);
  keepIdleConnections(app.getHttpServer() as Server, config.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS);
  if (cluster.isPrimary) new Logger('Api').log(listeningLine(config));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
