import { readFileSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export const PRECACHE_PLACEHOLDER = 'self.__HOCSO_PRECACHE__';

/** The entry chunk, every chunk it imports statically and their styles: what the page needs before it shows. */
export function appShellFiles(bundle: OutputBundle): string[] {
  const chunks = new Map(Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports) {
      const next = chunks.get(imported);
      if (next) visit(next);
    }
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  return [...files].sort();
}

/**
 * Emits `sw.js` from `template` with its precache list filled in: the app shell of this build (so that its
 * bytes change with every release and browsers install the new one) and the files of `publicFiles`.
 */
export function serviceWorkerPlugin(template: string, publicFiles: readonly string[]): Plugin {
  return {
    name: 'hocso-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const source = readFileSync(template, 'utf8');
      if (!source.includes(PRECACHE_PLACEHOLDER)) throw new Error(`${template} has no ${PRECACHE_PLACEHOLDER}`);
      const precache = ['/index.html', ...publicFiles.map((file) => `/${file}`), ...appShellFiles(bundle).map((file) => `/${file}`)];
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: source.replace(PRECACHE_PLACEHOLDER, JSON.stringify(precache)) });
    },
  };
}
