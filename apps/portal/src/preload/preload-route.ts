// Runs before the app (an entry of its own, see build/route-preload-plugin.ts): asks for the scripts of the
// page being opened and of its texts at once, while the app's own scripts download, rather than after the app
// has started and found out which page it shows. It shares no module with the app, so that it stays one small file.
import { preloadsFor, ROUTE_PRELOADS_ELEMENT_ID, type RoutePreloadTable } from './route-preloads';

function storedLanguage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const element = document.getElementById(ROUTE_PRELOADS_ELEMENT_ID);
if (element?.textContent) {
  const table = JSON.parse(element.textContent) as RoutePreloadTable;
  for (const href of preloadsFor(table, location.pathname, storedLanguage(table.languageStorageKey))) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
}
