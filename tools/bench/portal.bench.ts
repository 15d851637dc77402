// `npm run bench:portal`: Google Lighthouse (mobile preset: a slow 4G phone, simulated) in Debian's Chromium on
// four pages of the built portal as `npm start` serves it (the built API and worker on a database of their
// own, seeded with the demo data): the home page, the catalogue, a course page and the exam page of the demo
// learner (an attempt of the public demo exam, signed in). Prints per page the scores (performance,
// accessibility, best practices), the JavaScript transferred as Lighthouse measured it (over this plain http
// Chromium asks for gzip) and as a phone on the https deployment downloads it (brotli), and what Lighthouse
// found wanting. CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (default 1: the median run is kept),
// PORTAL_DIST to measure another build, BENCH_REPORT_DIR=<dir> to keep each run's Lighthouse report (JSON, for the
// Lighthouse viewer).
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { DEMO_ACCOUNTS } from '@hocso/contracts';
import globalSetup from '../test/global-setup';
import globalTeardown from '../test/global-teardown';
import { startPlatform } from '../e2e/support/platform';
import { startDeploymentNginx, type RunningNginx } from '../e2e/support/nginx';

const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'];
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 1));
const REPORT_DIR = process.env['BENCH_REPORT_DIR'];
/** `api`: the portal as `npm start` serves it (plain http, HTTP/1.1); `nginx`: as deployed (deploy/nginx.conf, over TLS and HTTP/2). */
const FRONT = process.env['BENCH_FRONT'] === 'nginx' ? 'nginx' : 'api';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = { performance: 90, accessibility: 95, 'best-practices': 95 };

interface PageToMeasure {
  name: string;
  path: string;
  signedIn: boolean;
}

interface Measurement {
  scores: Record<(typeof CATEGORIES)[number], number>;
  scriptsGzip: number;
  scriptsBrotli: number;
  lcpMs: number;
  cls: number;
  benchmarkIndex: number;
  wanting: string[];
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The size of a script as the https deployment sends it to a browser that takes brotli. */
function brotliSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

interface AuditItem {
  url?: string;
  resourceType?: string;
  transferSize?: number;
}

/** A run Lighthouse itself could not record (NO_NAVSTART and the like, now and then on a busy machine). */
class LighthouseRunFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`Lighthouse: ${message}`);
  }
}

const ATTEMPTS_PER_RUN = 3;

async function measure(chrome: LaunchedChrome, url: string, apiOrigin: string, keepStorage: boolean, reportName: string): Promise<Measurement> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: keepStorage });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new LighthouseRunFailed(lhr.runtimeError.code, lhr.runtimeError.message);
  if (REPORT_DIR) {
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(path.join(REPORT_DIR, `${reportName}.json`), JSON.stringify(lhr));
  }
  const requests = ((lhr.audits['network-requests']?.details as { items?: AuditItem[] } | undefined)?.items ?? []).filter((item) => item.resourceType === 'Script' && item.url);
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Measurement['scores'];
  const wanting = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < (category === 'performance' ? 0.9 : 1))
      .map((audit) => `${category}: ${audit.id} (${audit.displayValue ?? audit.score})`),
  );
  return {
    scores,
    scriptsGzip: requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    scriptsBrotli: (await Promise.all(requests.map((item) => brotliSize(apiOrigin + new URL(item.url as string).pathname)))).reduce((sum, bytes) => sum + bytes, 0),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    wanting,
  };
}

/** Puts the demo learner's session where the portal keeps it, and empties the HTTP cache and service workers. */
async function prepareBrowser(chrome: LaunchedChrome, origin: string, tokens: { accessToken: string; refreshToken: string } | null): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${origin}/robots.txt`);
    await page.evaluate((pair) => {
      // Runs in the page (this file is type-checked without the DOM's types).
      const storage = (globalThis as unknown as { localStorage: { clear(): void; setItem(key: string, value: string): void } }).localStorage;
      storage.clear();
      if (pair) {
        storage.setItem('hocso.accessToken', pair.accessToken);
        storage.setItem('hocso.refreshToken', pair.refreshToken);
      }
    }, tokens);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
    await page.close();
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  await globalSetup();
  const platform = await startPlatform(process.env['PORTAL_DIST'] ? { PORTAL_DIST: process.env['PORTAL_DIST'] } : {});
  let chrome: LaunchedChrome | undefined;
  let nginx: RunningNginx | undefined;
  try {
    const api = platform.url.replace('127.0.0.1', 'localhost');
    if (FRONT === 'nginx') nginx = await startDeploymentNginx(platform.url, 'https://localhost', { tls: true });
    const origin = nginx?.url ?? api;
    const learner = DEMO_ACCOUNTS.find((account) => account.email.startsWith('learner@'));
    if (!learner) throw new Error('no demo learner');
    const signIn = () =>
      graphql<{ login: { accessToken: string; refreshToken: string } }>(api, 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }', {
        input: { email: learner.email, password: process.env['DEMO_PASSWORD'] ?? 'HocSo@2026' },
      }).then((data) => data.login);
    const courses = await graphql<{ courses: { edges: { node: { id: string } }[] } }>(api, '{ courses(first: 1) { edges { node { id } } } }');
    const courseId = courses.courses.edges[0]?.node.id;
    const session = await signIn();
    const exams = await graphql<{ openExams: { id: string; title: string }[] }>(api, '{ openExams { id title } }', {}, session.accessToken);
    const exam = exams.openExams[0];
    if (!courseId || !exam) throw new Error('the demo course or the public demo exam is missing');
    const attempt = await graphql<{ startAttempt: { id: string } }>(api, 'mutation($examId: ID!) { startAttempt(examId: $examId) { id } }', { examId: exam.id }, session.accessToken);
    const pages: PageToMeasure[] = [
      { name: 'home', path: '/', signedIn: false },
      { name: 'catalogue', path: '/courses', signedIn: false },
      { name: 'course', path: `/courses/${courseId}`, signedIn: false },
      { name: 'exam (attempt)', path: `/exams/${exam.id}/attempts/${attempt.startAttempt.id}`, signedIn: true },
    ];

    chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: nginx ? [...CHROME_FLAGS, '--ignore-certificate-errors'] : CHROME_FLAGS });
    console.log(
      `Lighthouse, mobile preset, ${RUNS} run(s) per page (median kept), against ${origin} ${nginx ? '(deploy/nginx.conf over TLS and HTTP/2, as deployed)' : '(the API, as `npm start` serves it: plain http, HTTP/1.1)'} (PORTAL_DIST ${process.env['PORTAL_DIST'] ?? 'dist/apps/portal'})`,
    );
    console.log("The machine is shared: performance scores vary between runs. Lighthouse's CPU benchmark index (higher is faster; under 1000 it calls the machine slow) is printed per page.\n");
    const rows: string[] = [];
    let missed = 0;
    for (const page of pages) {
      const runs: Measurement[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (let attempt = 1; ; attempt++) {
          await prepareBrowser(chrome, origin, page.signedIn ? await signIn() : null);
          try {
            runs.push(await measure(chrome, `${origin}${page.path}`, api, page.signedIn, `${page.name.replace(/\W+/g, '-')}-${run + 1}`));
            break;
          } catch (error) {
            if (!(error instanceof LighthouseRunFailed) || attempt === ATTEMPTS_PER_RUN) throw error;
            console.log(`    (${page.name}: Lighthouse could not record the run, ${error.code}; measuring it again)`);
          }
        }
      }
      const kept = runs.find((run) => run.scores.performance === median(runs.map((r) => r.scores.performance))) ?? runs[0];
      const misses = CATEGORIES.filter((category) => kept.scores[category] < GOALS[category]);
      missed += misses.length;
      rows.push(
        `${page.name.padEnd(15)} performance ${String(kept.scores.performance).padStart(3)}  accessibility ${String(kept.scores.accessibility).padStart(3)}  best practices ${String(kept.scores['best-practices']).padStart(3)}  ` +
          `JS ${kb(kept.scriptsGzip)} (as Lighthouse got it: ${FRONT === 'nginx' ? 'brotli, https' : 'gzip, http'}) / ${kb(kept.scriptsBrotli)} (brotli)  LCP ${(kept.lcpMs / 1000).toFixed(1)} s  CLS ${kept.cls.toFixed(3)}  CPU benchmark ${kept.benchmarkIndex.toFixed(0)}` +
          (RUNS > 1 ? `  [performance of the runs: ${runs.map((r) => r.scores.performance).join(', ')}]` : ''),
      );
      console.log(rows[rows.length - 1]);
      for (const line of kept.wanting) console.log(`    ${line}`);
    }
    console.log(`\nportal: ${pages.length} pages, ${missed} score(s) under the goals (performance ≥ ${GOALS.performance}, accessibility ≥ ${GOALS.accessibility}, best practices ≥ ${GOALS['best-practices']})`);
  } finally {
    chrome?.kill();
    await nginx?.stop();
    await platform.stop();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
