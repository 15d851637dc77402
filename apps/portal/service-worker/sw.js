// The portal's service worker: keeps the app shell so that a page reloaded offline (an exam in airplane mode)
// still opens and goes on from what the page kept in IndexedDB. The build fills PRECACHE in with the shell of
// that build (apps/portal/build/service-worker-plugin.ts): the page, the scripts and styles it needs first, the
// manifest and icons; the other pages' scripts are kept as they are first loaded. It never answers for the API:
// GraphQL, files, exports and health always go to the network, and nothing the server says about data is cached.
const SHELL_CACHE = 'hocso-shell-v1';
const INDEX_URL = '/index.html';
const PRECACHE = self.__HOCSO_PRECACHE__;
const MAX_ASSETS = 300;
const NETWORK_ONLY = [/^\/graphql/, /^\/files\//, /^\/uploads/, /^\/health/, /^\/certificates/, /^\/credentials\//, /^\/\.well-known\//, /^\/question-banks\//, /^\/exams\/[^/]+\/statistics\./, /^\/live-sessions\/[^/]+\/calendar\.ics$/];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('hocso-shell-') && name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Built files have hashed names: the cached copy of one is always right. Keeps the newest MAX_ASSETS. */
async function assetFromCacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    const assets = keys.filter((key) => new URL(key.url).pathname.startsWith('/assets/'));
    await Promise.all(assets.slice(0, Math.max(0, assets.length - MAX_ASSETS)).map((key) => cache.delete(key)));
  }
  return response;
}

/** Pages: the network first (a new release shows at once), the last shell kept when there is no network. */
async function pageFromNetworkFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) await cache.put(INDEX_URL, response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match(INDEX_URL);
    if (shell) return shell;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NETWORK_ONLY.some((pattern) => pattern.test(url.pathname))) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFromNetworkFirst(request));
    return;
  }
  if (url.pathname.startsWith('/assets/')) event.respondWith(assetFromCacheFirst(request));
});
