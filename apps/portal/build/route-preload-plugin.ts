import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { ROUTE_PRELOADS_ELEMENT_ID, type RoutePreloadTable } from '../src/preload/route-preloads';
import { appShellFiles } from './service-worker-plugin';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A page a visitor often opens first: the address it answers (a regular expression) and its module. */
export interface PreloadedRoute {
  pattern: string;
  page: string;
}

function chunksOf(bundle: OutputBundle): Map<string, OutputChunk> {
  return new Map(Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
}

/** `chunk` and every chunk it imports statically, less those the app shell already loads. */
function withStaticImports(chunk: OutputChunk, chunks: Map<string, OutputChunk>, shell: ReadonlySet<string>): string[] {
  const files = new Set<string>();
  const visit = (next: OutputChunk) => {
    if (files.has(next.fileName) || shell.has(next.fileName)) return;
    files.add(next.fileName);
    for (const imported of next.imports) {
      const importedChunk = chunks.get(imported);
      if (importedChunk) visit(importedChunk);
    }
  };
  visit(chunk);
  return [...files].map((file) => `/${file}`);
}

/**
 * The scripts each route's page needs beyond the app shell, and those of the feature texts of each language
 * (`textModules`: module path endings, e.g. `/i18n/vi.json`, by language), so that they can be fetched
 * together with the shell instead of after it has run.
 */
export function routePreloads(bundle: OutputBundle, routes: readonly PreloadedRoute[], textModules: Record<string, readonly RegExp[]>, language: { storageKey: string; default: string }): RoutePreloadTable {
  const chunks = chunksOf(bundle);
  const shell = new Set(appShellFiles(bundle));
  const posix = (moduleId: string) => moduleId.split(path.sep).join('/');
  const byModule = (test: (moduleId: string) => boolean) => [...chunks.values()].filter((chunk) => !chunk.isEntry && chunk.facadeModuleId !== null && test(posix(chunk.facadeModuleId)));
  // The texts may share a chunk (one per language, see the build's chunk groups): a chunk holding any of them.
  const holdingModule = (test: (moduleId: string) => boolean) => [...chunks.values()].filter((chunk) => !chunk.isEntry && chunk.moduleIds.some((id) => test(posix(id))));
  return {
    languageStorageKey: language.storageKey,
    defaultLanguage: language.default,
    routes: routes.map((route) => {
      const [page] = [...byModule((id) => id.endsWith(route.page)), ...holdingModule((id) => id.endsWith(route.page))];
      if (!page) throw new Error(`No chunk of ${route.page} for the route preloads`);
      return [route.pattern, withStaticImports(page, chunks, shell)];
    }),
    texts: Object.fromEntries(
      Object.entries(textModules).map(([code, patterns]) => [code, [...new Set(holdingModule((id) => patterns.some((pattern) => pattern.test(id))).flatMap((chunk) => withStaticImports(chunk, chunks, shell)))].sort()]),
    ),
  };
}

/** JSON that can sit in a `<script>` element of the page without ending it. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Writes the route preloads into index.html (as data: the Content-Security-Policy allows no inline script),
 * before the app's script and styles, and the preloader (`preloaderEntry`, an entry of its own, run as soon
 * as it arrives: before the app's script and what it imports have).
 */
export function routePreloadPlugin(preloaderEntry: string, routes: readonly PreloadedRoute[], textModules: Record<string, readonly RegExp[]>, language: { storageKey: string; default: string }): Plugin {
  return {
    name: 'hocso-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const preloader = Object.values(bundle).find((item): item is OutputChunk => item.type === 'chunk' && item.isEntry && item.name === preloaderEntry);
        if (!preloader) throw new Error(`No entry ${preloaderEntry} for the route preloads`);
        const entryScript = html.indexOf('<script type="module"');
        if (entryScript < 0) throw new Error('index.html has no module script for the route preloads to precede');
        const tags =
          `<script type="application/json" id="${ROUTE_PRELOADS_ELEMENT_ID}">${inertJson(routePreloads(bundle, routes, textModules, language))}</script>\n    ` +
          `<script type="module" async crossorigin src="/${preloader.fileName}"></script>\n    `;
        return html.slice(0, entryScript) + tags + html.slice(entryScript);
      },
    },
  };
}
