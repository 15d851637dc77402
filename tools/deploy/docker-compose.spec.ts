import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { cspHeaderValue, PORTAL_CSP } from '../../apps/api/src/security/content-security-policy';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { HSTS_MAX_AGE_SECONDS } from '../../apps/api/src/security/security-headers';

const root = path.resolve(__dirname, '../..');

interface Service {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

/** The value nginx's `map "${PUBLIC_URL}" $hocso_hsts` gives once the image has filled PUBLIC_URL in. */
function hstsFor(publicUrl: string): string {
  const block = /map "\$\{PUBLIC_URL\}" \$hocso_hsts \{([^}]*)\}/.exec(nginx)?.[1];
  if (!block) throw new Error('no HSTS map in deploy/nginx.conf');
  const entries = [...block.matchAll(/^\s*("[^"]*"|\S+)\s+"([^"]*)";/gm)].map((m) => ({ key: m[1].replace(/^"|"$/g, ''), value: m[2] }));
  const match = entries.find((e) => e.key !== 'default' && (e.key.startsWith('~') ? new RegExp(e.key.slice(1)).test(publicUrl) : e.key === publicUrl));
  return (match ?? entries.find((e) => e.key === 'default'))?.value ?? '';
}

/** `add_header` values of the snippet, by header name. */
function headersOfSnippet(): Map<string, string> {
  return new Map([...securityHeaders.matchAll(/^add_header (\S+) (?:"([^"]*)"|(\S+)) always;$/gm)].map((m) => [m[1], m[2] ?? m[3]]));
}

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const nginx = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
const securityHeaders = readFileSync(path.join(root, 'deploy/security-headers.conf'), 'utf8');

/** `dist/server/apps/api/src/main.js` is built from `apps/api/src/main.ts`. */
function sourceOf(compiled: string): string {
  return path.join(root, compiled.replace(/^dist\/server\//, '').replace(/\.js$/, '.ts'));
}

describe('docker-compose.yml (deployment)', () => {
  const { services } = compose;

  it('has postgres, redis, a one-shot migrate job, api, worker and portal', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'portal', 'postgres', 'redis', 'worker']);
    expect(services['migrate'].command).toEqual(['node', 'dist/server/apps/api/src/migrate.js', '--seed']);
  });

  it('runs the built entry points of this repository', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      const script = services[name].command?.[1] as string;
      expect(existsSync(sourceOf(script))).toBe(true);
    }
  });

  it('starts the api and worker only after the migration succeeded and Redis is healthy', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(services['migrate'].depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('gives the server processes the configuration the code reads', () => {
    const env = services['api'].environment as Record<string, string>;
    expect(env['DATABASE_URL']).toMatch(/^postgres:\/\/hocso:.*@postgres:5432\/hocso$/);
    expect(env['REDIS_URL']).toBe('redis://redis:6379');
    expect(env['NODE_ENV']).toBe('production');
    expect(env['JWT_SECRET']).toContain(':?');
    expect(env['CREDENTIAL_SIGNING_KEY']).toContain(':?');
    expect(services['worker'].environment).toEqual(env);
  });

  it("believes only the portal's nginx about the client's address: one hop, and the API publishes no port", () => {
    expect(services['api'].environment?.['TRUST_PROXY']).toBe('${TRUST_PROXY:-1}');
    expect(services['api'].ports).toBeUndefined();
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
  });

  it('builds from stages the Dockerfile defines', () => {
    const stages = [...dockerfile.matchAll(/^FROM .+ AS (\S+)$/gm)].map((m) => m[1]);
    for (const service of Object.values(services)) {
      if (service.build) expect(stages).toContain(service.build.target);
    }
  });

  it('serves the portal and proxies the API on one origin', () => {
    expect(services['portal'].ports).toEqual(['${HTTP_PORT:-8080}:80']);
    expect(nginx).toMatch(/server api:3000;/);
    expect(nginx).toMatch(/location ~ \^\/\(graphql\|health/);
    expect(nginx).toMatch(/try_files \$uri \/index\.html;/);
  });

  it("proxies the credentials' public documents to the API: the DID document and the status lists", () => {
    const apiLocation = /location ~ \^\/\(([^)]*)\)\(\/\|\$\)/.exec(nginx)?.[1]?.split('|') ?? [];
    expect(apiLocation).toEqual(expect.arrayContaining(['credentials', '\\.well-known']));
  });

  it('gives the portal\'s own files the API\'s Content-Security-Policy and security headers (proxied answers carry the API\'s)', () => {
    const headers = headersOfSnippet();
    expect(headers.get('Content-Security-Policy')).toBe(cspHeaderValue(PORTAL_CSP));
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Strict-Transport-Security')).toBe('$hocso_hsts');
    const locations = [...nginx.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((m) => ({ path: m[1].trim(), body: m[2] }));
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const { path: where, body } of locations) {
      const proxied = body.includes('proxy_pass');
      // nginx drops inherited add_header lines in a location with add_header of its own: every static location includes them.
      expect({ where, included: body.includes('include /etc/nginx/snippets/security-headers.conf;') }).toEqual({ where, included: !proxied });
    }
    expect(nginx).toMatch(/^server_tokens off;$/m);
  });

  it('sends HSTS only when PUBLIC_URL is https', () => {
    expect(hstsFor('https://hocso.bentre.gov.vn')).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
    expect(hstsFor('http://localhost:8080')).toBe('');
    expect(hstsFor('http://https.example.vn')).toBe('');
    expect(dockerfile).toMatch(/^COPY deploy\/nginx\.conf \/etc\/nginx\/templates\/default\.conf\.template$/m);
    expect(dockerfile).toMatch(/^COPY deploy\/security-headers\.conf \/etc\/nginx\/snippets\/security-headers\.conf$/m);
    expect(dockerfile).toContain("envsubst '${PUBLIC_URL}' < /etc/nginx/templates/default.conf.template > /etc/nginx/conf.d/default.conf");
    expect(compose.services['portal'].environment?.['PUBLIC_URL']).toBe(compose.services['api'].environment?.['PUBLIC_URL']);
  });
});
