/** Directives of a Content-Security-Policy, in the order they are sent. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The portal's policy, sent by the API and by nginx (deploy/security-headers.conf carries the same text).
 * Scripts come only from the portal's own bundle (Vite emits no inline script); style elements only from
 * its stylesheets, while style attributes are allowed because lesson and question HTML keep a few
 * (the sanitisers reduce them to an allow-list of harmless properties). Images and videos of lessons may
 * live on any https host; the only frame is YouTube's privacy-enhanced player.
 */
export const PORTAL_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'media-src': ["'self'", 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ['https://www.youtube-nocookie.com'],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/**
 * GraphiQL (served at /graphql only when GRAPHQL_GRAPHIQL is on, outside production by default) is a
 * page of inline script and unpkg.com bundles; it gets a policy of its own, never the portal's pages.
 */
export const GRAPHIQL_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'", 'data:', 'https://unpkg.com'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/** The header value as helmet writes it: `name value value;name value`. */
export function cspHeaderValue(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join(';');
}
