/**
 * Registers sw.js (written by the build from apps/portal/service-worker/sw.js) in built portals (the development
 * server has no stable asset names to keep), so that the portal, and an exam page reloaded offline, still open.
 * A browser without service workers simply needs the network to reload.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
