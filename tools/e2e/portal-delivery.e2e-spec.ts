import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDeploymentNginx, type RunningNginx } from './support/nginx';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage } from './support/portal-session';

const dist = path.resolve(__dirname, '../../dist/apps/portal');
const YEAR = 'public, max-age=31536000, immutable';
const JAVASCRIPT_BUDGET_BYTES = 150 * 1024;
/** Operations of pages other than the home page: none may travel with the home page's scripts. */
const OTHER_PAGES_OPERATIONS = ['StartOfficialImport', 'GrantRole', 'CreateQuestionBank', 'CourseEditor', 'SaveAnswer', 'StartAttempt', 'Enroll', 'CatalogueCourses'];

/** A GET with the encodings a phone's browser accepts, without decoding the body. */
async function get(url: string, acceptEncoding = 'br, gzip', accept = 'text/html,*/*'): Promise<{ status: number; headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding, accept } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

function decoded(response: { headers: Headers; body: Buffer }): Buffer {
  const encoding = response.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

function entryScriptOf(html: string): string {
  const entry = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in the app page:\n${html}`);
  return entry;
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The checks of headers and statuses that the API under `npm start` and the deployment's nginx both pass. */
function itDeliversThePortalFiles(baseUrl: () => string, bestEncoding: 'br' | 'gzip') {
  it(`sends the app page compressed (${bestEncoding}) and revalidated on each visit, and hashed assets cached for a year`, async () => {
    const page = await get(`${baseUrl()}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-encoding')).toBe(bestEncoding);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = decoded(page).toString('utf8');
    expect(html).toBe(readFileSync(path.join(dist, 'index.html'), 'utf8'));

    const script = entryScriptOf(html);
    const asset = await get(`${baseUrl()}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe(YEAR);
    expect(asset.headers.get('content-encoding')).toBe(bestEncoding);
    expect(asset.body.length).toBeLessThan(decoded(asset).length / 2);
    expect(decoded(asset).equals(readFileSync(path.join(dist, script)))).toBe(true);

    const gzipOnly = await get(`${baseUrl()}${script}`, 'gzip');
    expect(gzipOnly.headers.get('content-encoding')).toBe('gzip');
    const plain = await get(`${baseUrl()}${script}`, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body.equals(readFileSync(path.join(dist, script)))).toBe(true);
  });

  it('answers 404 for a missing asset or file, and the app page for client-side routes', async () => {
    for (const missing of ['/assets/index-00000000.js', '/assets/nothing', '/missing.png', '/courses/logo.svg', '/wp-login.php']) {
      const response = await get(`${baseUrl()}${missing}`);
      expect({ missing, status: response.status, appPage: decoded(response).toString('utf8').includes('<div id="root">') }).toEqual({ missing, status: 404, appPage: false });
    }
    for (const route of ['/courses', '/courses/6f1d0c5e-1111-4222-8333-944455556666', '/exams/6f1d0c5e-1111-4222-8333-944455556666/attempts/6f1d0c5e-1111-4222-8333-944455556667', '/no-such-page']) {
      const response = await get(`${baseUrl()}${route}`);
      expect({ route, status: response.status, cache: response.headers.get('cache-control') }).toEqual({ route, status: 200, cache: 'no-cache' });
      expect(decoded(response).toString('utf8')).toContain('<div id="root">');
    }
  });

  it('serves robots.txt, the favicons and a web app manifest named "Học Số" whose icons are PNGs of their sizes', async () => {
    const robots = await get(`${baseUrl()}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(decoded(robots).toString('utf8')).toMatch(/^User-agent: \*$/m);
    const svg = await get(`${baseUrl()}/favicon.svg`);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const ico = await get(`${baseUrl()}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(ico.body.readUInt16LE(2)).toBe(1);

    const manifestResponse = await get(`${baseUrl()}/manifest.webmanifest`);
    expect(manifestResponse.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = JSON.parse(decoded(manifestResponse).toString('utf8')) as { name: string; lang: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ name: 'Học Số', lang: 'vi', start_url: '/', display: 'standalone' });
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const response = await get(`${baseUrl()}${icon.src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(decoded(response))).toEqual({ width, height });
    }
  });

  it('compresses the API answers of 1 KB and more', async () => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    await expect(response.json()).resolves.toMatchObject({ data: { __schema: { types: expect.arrayContaining([{ name: 'Query' }]) } } });
  });
}

describe('the portal as delivered to a phone', () => {
  const suite = usePlatformInChromium();

  describe('by the API (npm start)', () => {
    itDeliversThePortalFiles(() => suite.platform().url, 'br');
  });

  describe("by the deployment's nginx (deploy/nginx.conf), in front of the API", () => {
    let nginx: RunningNginx | undefined;
    beforeAll(async () => {
      nginx = await startDeploymentNginx(suite.platform().url, 'http://localhost:8080');
    });
    afterAll(async () => {
      await nginx?.stop();
    });
    itDeliversThePortalFiles(() => nginx?.url ?? '', 'br');
  });

  it('shows the home page after at most 150 KB of JavaScript, none of it the documents of other pages, without a layout shift and with headings in order', async () => {
    const page = await newPhonePage(suite.browser());
    const scripts: { url: string; body: string }[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      void request.response().then(async (response) => scripts.push({ url: request.url(), body: (await response?.text()) ?? '' }));
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { hocsoLayoutShifts: number[] }).hocsoLayoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(suite.platform().url);
    await page.getByTestId('track-card').nth(3).waitFor();
    await page.waitForLoadState('networkidle');

    // Chromium asks for brotli over https only (as every browser): the portal is deployed on https, so a phone
    // downloads each script's brotli answer; over this test's plain http it got gzip.
    expect(scripts.length).toBeGreaterThan(3);
    const overHttps = await Promise.all(scripts.map((script) => get(script.url, 'br', '*/*')));
    expect(overHttps.every((response) => response.headers.get('content-encoding') === 'br')).toBe(true);
    expect(overHttps.reduce((sum, response) => sum + response.body.length, 0)).toBeLessThanOrEqual(JAVASCRIPT_BUDGET_BYTES);
    const allScripts = scripts.map((script) => script.body).join('\n');
    expect(allScripts).toMatch(/value:[`"']Tracks[`"']/);
    for (const operation of OTHER_PAGES_OPERATIONS) expect({ operation, shipped: new RegExp(`value:[\`"']${operation}[\`"']`).test(allScripts) }).toEqual({ operation, shipped: false });

    const shift = await page.evaluate(() => (window as unknown as { hocsoLayoutShifts: number[] }).hocsoLayoutShifts.reduce((sum, value) => sum + value, 0));
    expect(shift).toBeLessThan(0.01);
    await expect(headingLevels(page)).resolves.toEqual(expect.arrayContaining([1]));
    expectHeadingsInOrder(await headingLevels(page));

    await page.goto(`${suite.platform().url}/courses`);
    await page.getByTestId('course-card').first().waitFor();
    expectHeadingsInOrder(await headingLevels(page));
    await page.context().close();
  });

  it('opens a course page and the exam list with a handful of scripts: over HTTP/1.1 each request past six waits a round trip', async () => {
    const page = await newPhonePage(suite.browser());
    await page.goto(`${suite.platform().url}/courses`);
    const course = await page.getByTestId('course-card').first().locator('a[href^="/courses/"]').first().getAttribute('href');
    await page.context().close();
    expect(course).toMatch(/^\/courses\/[\w-]+$/);

    for (const [address, ready] of [
      [`${suite.platform().url}${course}`, 'main h1'],
      [`${suite.platform().url}/exams`, '[data-testid="open-exams"]'],
    ] as const) {
      const fresh = await newPhonePage(suite.browser());
      const scripts: string[] = [];
      fresh.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await fresh.goto(address);
      await fresh.locator(ready).first().waitFor();
      await fresh.waitForLoadState('networkidle');
      // The shell (entry, runtime, three vendor chunks, app-shell, route preloader), one texts chunk and the page
      // with the chunk its group shares: 10. The groups are in apps/portal/vite.config.mts.
      expect(scripts.length).toBeGreaterThan(5);
      expect({ address, beyondTen: scripts.slice(10) }).toEqual({ address, beyondTen: [] });
      await fresh.context().close();
    }
  });

  it('installs a service worker that keeps the shell of this build, opens the portal offline and never keeps an API answer', async () => {
    const page = await newPhonePage(suite.browser());
    await page.goto(suite.platform().url);
    await page.getByTestId('track-card').first().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    const sw = (await get(`${suite.platform().url}/sw.js`, 'identity', '*/*')).body.toString('utf8');
    expect((await get(`${suite.platform().url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const precache = JSON.parse(/const PRECACHE = (\[[^\]]*\]);/.exec(sw)?.[1] ?? '[]') as string[];
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(precache).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', entryScriptOf(html)]));
    for (const preloaded of html.matchAll(/<link rel="(?:modulepreload|stylesheet)" crossorigin href="([^"]+)"/g)) expect(precache).toContain(preloaded[1]);

    await page.waitForFunction(async (count) => (await (await caches.open('hocso-shell-v1')).keys()).length >= count, precache.length);
    const cached = await page.evaluate(async () => (await (await caches.open('hocso-shell-v1')).keys()).map((request) => new URL(request.url).pathname));
    expect(cached).toEqual(expect.arrayContaining(precache));
    expect(cached.filter((pathname) => /^\/(graphql|health|files|uploads)/.test(pathname))).toEqual([]);

    await page.context().setOffline(true);
    await page.reload();
    await expect(page.locator('h1#hero-title').textContent()).resolves.toBeTruthy();
    await page.context().setOffline(false);
    await page.context().close();
  });
});

async function headingLevels(page: import('playwright-core').Page): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName.slice(1))));
}

/** One h1 first, and no level skipped on the way down (an h2 may follow an h4, an h4 never an h2). */
function expectHeadingsInOrder(levels: number[]): void {
  expect(levels[0]).toBe(1);
  const skips = levels.flatMap((level, index) => (index > 0 && level > levels[index - 1] + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
  expect(skips).toEqual([]);
}
