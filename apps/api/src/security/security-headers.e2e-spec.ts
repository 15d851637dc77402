import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateEd25519SecretKeyMultibase } from '@hocso/server-core';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { cspHeaderValue, GRAPHIQL_CSP, PORTAL_CSP } from './content-security-policy';
import { HSTS_MAX_AGE_SECONDS } from './security-headers';

const INTROSPECTION = '{ __schema { queryType { name } } }';

/** Starts the API with these settings on top of the run's own, and puts the environment back after. */
async function startApiWith(settings: Record<string, string>): Promise<TestApi & { restore(): Promise<void> }> {
  const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  const api = await startTestApi();
  return {
    ...api,
    restore: async () => {
      await api.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}

function postGraphql(url: string, query: string): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}

describe('browser security headers and GraphQL exposure, over HTTP', () => {
  const portalDist = mkdtempSync(path.join(tmpdir(), 'hocso-portal-'));
  writeFileSync(path.join(portalDist, 'index.html'), '<!doctype html><title>HocSo</title><div id="root"></div>');
  afterAll(() => rmSync(portalDist, { recursive: true, force: true }));

  describe('outside production, on http', () => {
    let api: Awaited<ReturnType<typeof startApiWith>>;
    beforeAll(async () => {
      api = await startApiWith({ PORTAL_DIST: portalDist, PUBLIC_URL: 'http://localhost:3000' });
    });
    afterAll(() => api.restore());

    it('sends the portal policy, nosniff, frame denial and the referrer policy on every kind of response, without X-Powered-By or HSTS', async () => {
      const responses = [
        await fetch(`${api.url}/`, { headers: { accept: 'text/html' } }),
        await fetch(`${api.url}/courses/123`, { headers: { accept: 'text/html' } }),
        await fetch(`${api.url}/health`),
        await fetch(`${api.url}/files/lessons/00000000-0000-4000-8000-000000000000`),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404]);
      for (const response of responses) {
        expect(response.headers.get('content-security-policy')).toBe(cspHeaderValue(PORTAL_CSP));
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('x-powered-by')).toBeNull();
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
      expect(cspHeaderValue(PORTAL_CSP)).toContain("script-src 'self';");
      expect(cspHeaderValue(PORTAL_CSP)).toContain("frame-ancestors 'none'");
      expect(cspHeaderValue(PORTAL_CSP)).toContain('frame-src https://www.youtube-nocookie.com');
    });

    it('answers introspection and serves GraphiQL under a policy of its own', async () => {
      const introspection = await postGraphql(api.url, INTROSPECTION);
      await expect(introspection.json()).resolves.toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect(introspection.headers.get('x-powered-by')).toBeNull();
      const graphiql = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(graphiql.status).toBe(200);
      await expect(graphiql.text()).resolves.toContain('GraphiQL');
      expect(graphiql.headers.get('content-security-policy')).toBe(cspHeaderValue(GRAPHIQL_CSP));
    });
  });

  describe('in production, on https', () => {
    let api: Awaited<ReturnType<typeof startApiWith>>;
    beforeAll(async () => {
      api = await startApiWith({
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-for-this-test-0123456789',
        CREDENTIAL_SIGNING_KEY: generateEd25519SecretKeyMultibase(),
        PUBLIC_URL: 'https://hocso.bentre.gov.vn',
        PORTAL_DIST: portalDist,
      });
    });
    afterAll(() => api.restore());

    it('refuses introspection with a client error and serves no GraphiQL page', async () => {
      for (const query of [INTROSPECTION, '{ __type(name: "User") { fields { name } } }']) {
        const response = await postGraphql(api.url, query);
        expect(response.status).toBe(400);
        const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
        expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(body.data).toBeUndefined();
      }
      const typename = await postGraphql(api.url, '{ __typename }');
      await expect(typename.json()).resolves.toEqual({ data: { __typename: 'Query' } });
      const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      await expect(page.text()).resolves.not.toContain('GraphiQL');
      expect(page.headers.get('content-security-policy')).toBe(cspHeaderValue(PORTAL_CSP));
    });

    it('adds HSTS because the public address is https', async () => {
      for (const route of ['/', '/health']) {
        const response = await fetch(`${api.url}${route}`, { headers: { accept: 'text/html' } });
        expect(response.headers.get('strict-transport-security')).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
        expect(response.headers.get('content-security-policy')).toBe(cspHeaderValue(PORTAL_CSP));
      }
    });
  });
});
