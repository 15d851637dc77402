import { normalizeCategoryPath, splitCategoryPath } from './formats/category-path';

export const ROOT_CATEGORY = 'top';

/** `A/B`, `$course$/A/B`, `top/A/B` all name `top/A/B`; names are NFC so that é typed two ways is one category. */
export function canonicalCategoryPath(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === '') return ROOT_CATEGORY;
  return normalizeCategoryPath(raw.normalize('NFC').replace(/\p{Cc}/gu, ' '));
}

export function categorySegments(path: string): string[] {
  return splitCategoryPath(path);
}

/** The path and every ancestor path, root first: `top/A/B` gives `top`, `top/A`, `top/A/B`. */
export function categoryPathWithAncestors(path: string): string[] {
  const segments = categorySegments(path);
  return segments.map((_, index) =>
    segments
      .slice(0, index + 1)
      .map((segment) => segment.replace(/\//g, '//'))
      .join('/'),
  );
}
