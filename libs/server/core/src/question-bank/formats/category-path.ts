/**
 * Normalises a Moodle category path to ours: `$course$/top/A/B`, `$course$/A/B`, `$system$/A` and `A/B` all
 * become `top/A/B`. A `//` (Moodle's escape for a `/` inside a name) is kept as is.
 */
export function normalizeCategoryPath(raw: string): string {
  let path = raw.trim().replace(/^\$(course|system|module|cat\d*|coursecat)\$\/?/, '');
  path = path.replace(/^\/+/, '');
  const segments = splitCategoryPath(path).map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (segments[0] !== 'top') segments.unshift('top');
  return segments.map((segment) => segment.replace(/\//g, '//')).join('/');
}

/** Splits on single `/`, turning `//` back into a `/` inside the name. */
export function splitCategoryPath(path: string): string[] {
  return path
    .replace(/\/\//g, '\uE000')
    .split('/')
    .map((segment) => segment.replace(/\uE000/g, '/'));
}
