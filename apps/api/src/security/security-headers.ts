import { type AppConfig, publicUrlOf } from '@hocso/server-core';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { type CspDirectives, GRAPHIQL_CSP, PORTAL_CSP } from './content-security-policy';

export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * Helmet's headers on every response: the Content-Security-Policy, nosniff, frame denial,
 * `strict-origin-when-cross-origin` referrers (other sites learn only our origin; YouTube's player needs
 * that much), no X-Powered-By, and HSTS only when the platform is reached over https (PUBLIC_URL).
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const https = new URL(publicUrlOf(config)).protocol === 'https:';
  const withPolicy = (directives: CspDirectives): RequestHandler => {
    const options: HelmetOptions = {
      contentSecurityPolicy: { useDefaults: false, directives },
      strictTransportSecurity: https ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
    };
    return helmet(options);
  };
  const portal = withPolicy(PORTAL_CSP);
  if (!config.GRAPHQL_GRAPHIQL) return portal;
  const graphiql = withPolicy(GRAPHIQL_CSP);
  return (req, res, next) => (req.path === '/graphql' ? graphiql : portal)(req, res, next);
}
