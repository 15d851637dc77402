/** The cache the service worker (apps/portal/service-worker/sw.js) answers from when offline; the two names must stay the same. */
const SHELL_CACHE = 'hocso-shell-v1';

/**
 * Puts the files this page runs on (the built scripts and styles already loaded, and the page itself) in the
 * service worker's cache, so that a reload during the attempt opens offline too, even when they were loaded
 * before the service worker took over the page. Nothing happens where the Cache API is missing.
 */
export async function keepShellForOffline(): Promise<void> {
  if (typeof caches === 'undefined' || typeof performance === 'undefined' || !import.meta.env.PROD) return;
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
  try {
    const cache = await caches.open(SHELL_CACHE);
    const missing = [];
    for (const path of new Set(assets)) if (!(await cache.match(path))) missing.push(path);
    if (!(await cache.match('/index.html'))) missing.push('/index.html');
    await cache.addAll(missing);
  } catch {
    // Offline already, or storage refused: the attempt goes on, a reload then needs the network.
  }
}
