import type { Rolldown } from 'vite';
import { preloadsFor, type RoutePreloadTable } from '../src/preload/route-preloads';
import { routePreloads } from './route-preload-plugin';

type OutputChunk = Rolldown.OutputChunk;

function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false, moduleIds = facadeModuleId ? [facadeModuleId] : []): OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, imports, isEntry, moduleIds, name: fileName.replace(/-.*$/, '') } as unknown as OutputChunk;
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index-A.js', '/portal/index.html', ['assets/vendor-react-B.js'], true),
    chunk('assets/preload-route-P.js', '/portal/src/preload/preload-route.ts', [], true),
    chunk('assets/vendor-react-B.js', null),
    chunk('assets/catalogue-page-C.js', '/portal/src/features/courses/catalogue/catalogue-page.tsx', ['assets/vendor-react-B.js', 'assets/course-card-D.js']),
    chunk('assets/course-card-D.js', '/portal/src/features/courses/catalogue/course-card.tsx', ['assets/vendor-react-B.js']),
    chunk('assets/vi-E.js', '/portal/src/features/courses/i18n/vi.json'),
    chunk('assets/en-F.js', '/portal/src/features/courses/i18n/en.json'),
  ].map((item) => [item.fileName, item]),
) as unknown as Rolldown.OutputBundle;

const TEXTS = { vi: [/\/i18n\/vi\.json$/], en: [/\/i18n\/en\.json$/] };
const LANGUAGE = { storageKey: 'hocso.language', default: 'vi' };

describe('fetching the first page’s scripts together with the app shell', () => {
  it('lists a route’s page with what it imports beyond the shell, and each language’s feature texts', () => {
    const table = routePreloads(bundle, [{ pattern: '^/courses/?$', page: '/src/features/courses/catalogue/catalogue-page.tsx' }], TEXTS, LANGUAGE);
    expect(table).toEqual({
      languageStorageKey: 'hocso.language',
      defaultLanguage: 'vi',
      routes: [['^/courses/?$', ['/assets/catalogue-page-C.js', '/assets/course-card-D.js']]],
      texts: { vi: ['/assets/vi-E.js'], en: ['/assets/en-F.js'] },
    });
  });

  it('lists a language’s texts once when they share one chunk', () => {
    const merged = Object.fromEntries(
      [
        chunk('assets/index-A.js', '/portal/index.html', [], true),
        chunk('assets/texts-vi-G.js', null, [], false, ['/portal/src/features/courses/i18n/vi.json', '/portal/src/features/exams/i18n/vi.json']),
        chunk('assets/texts-en-H.js', null, [], false, ['/portal/src/features/courses/i18n/en.json', '/portal/src/i18n/en.json']),
      ].map((item) => [item.fileName, item]),
    ) as unknown as Rolldown.OutputBundle;
    expect(routePreloads(merged, [], TEXTS, LANGUAGE).texts).toEqual({ vi: ['/assets/texts-vi-G.js'], en: ['/assets/texts-en-H.js'] });
  });

  it('refuses a route whose page is not in the build', () => {
    expect(() => routePreloads(bundle, [{ pattern: '^/x$', page: '/src/features/x/x-page.tsx' }], TEXTS, LANGUAGE)).toThrow(/x-page\.tsx/);
  });

  it('preloads for the address opened, in the language chosen, and nothing for a page it does not know', () => {
    const table: RoutePreloadTable = {
      languageStorageKey: 'hocso.language',
      defaultLanguage: 'vi',
      routes: [['^/courses/?$', ['/assets/catalogue-page-C.js']]],
      texts: { vi: ['/assets/vi-E.js'], en: ['/assets/en-F.js'] },
    };
    expect(preloadsFor(table, '/courses', null)).toEqual(['/assets/catalogue-page-C.js', '/assets/vi-E.js']);
    expect(preloadsFor(table, '/courses/', 'en')).toEqual(['/assets/catalogue-page-C.js', '/assets/en-F.js']);
    expect(preloadsFor(table, '/courses/abc', 'vi')).toEqual([]);
    expect(preloadsFor(table, '/', null)).toEqual([]);
  });
});
