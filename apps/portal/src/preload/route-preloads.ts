/** The id of the element of index.html that holds the table, as JSON. */
export const ROUTE_PRELOADS_ELEMENT_ID = 'hs-route-preloads';

/** The scripts of each route's page and of each language's feature texts, written into index.html by the build. */
export interface RoutePreloadTable {
  languageStorageKey: string;
  defaultLanguage: string;
  routes: [pattern: string, files: string[]][];
  texts: Record<string, string[]>;
}

/** The scripts to fetch ahead for `pathname`: its page's and, with it, the feature texts of the language. */
export function preloadsFor(table: RoutePreloadTable, pathname: string, storedLanguage: string | null): string[] {
  const route = table.routes.find(([pattern]) => new RegExp(pattern).test(pathname));
  if (!route) return [];
  const language = storedLanguage?.toLowerCase().startsWith('en') ? 'en' : table.defaultLanguage;
  return [...route[1], ...(table.texts[language] ?? [])];
}
