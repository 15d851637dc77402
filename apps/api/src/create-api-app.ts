import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { APP_CONFIG, type AppConfig, logLevelsFor } from '@hocso/server-core';
import { AppModule } from './app.module';
import { bodyErrorMiddleware } from './portal/body-error.middleware';
import { servePortal } from './portal/portal-static';
import { securityHeaders } from './security/security-headers';

/** Builds the HTTP application (GraphQL, /health, the portal) without listening, for main and tests. */
export async function createApiApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, abortOnError: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(logLevelsFor(config));
  // Only the proxies TRUST_PROXY names may say who the client is; by default X-Forwarded-For is ignored.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders(config));
  // Brotli or gzip for answers of 1 KB and more; the portal's built files come compressed from the build.
  app.use(compression());
  app.useBodyParser('json', { limit: `${config.GRAPHQL_MAX_BODY_MB}mb` });
  app.use(bodyErrorMiddleware);
  servePortal(app, config.PORTAL_DIST ?? path.resolve(process.cwd(), 'dist/apps/portal'));
  return app;
}
