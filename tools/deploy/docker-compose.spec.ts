import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');

interface Service {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const nginx = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');

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
    expect(services['worker'].environment).toEqual(env);
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
});
