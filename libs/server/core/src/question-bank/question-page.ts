import { Keyset } from '../pagination/keyset';

export interface QuestionPageQuery {
  /** A category includes its subcategories. */
  category?: string | null;
  /** Matches the name or the prompt, ignoring case and Vietnamese marks. */
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

export const QUESTION_PAGE_SIZES = { default: 50, max: 200 };

/** What the page query selects of a question's place in the order. */
export interface QuestionSortValues {
  id: string;
  segments: string[];
  ordinal: number;
  created_micros: string;
}

/**
 * The bank browser's order: category path, creation time (as microseconds since the epoch: a JavaScript
 * Date would drop PostgreSQL's microseconds), order within its import, id.
 */
export const QUESTION_PAGE_ORDER = new Keyset<QuestionSortValues>([
  { sql: 'c.segments', type: 'text[]', valueOf: (row) => row.segments },
  { sql: 'q.created_at', type: 'micros', valueOf: (row) => row.created_micros },
  { sql: 'q.ordinal', type: 'int', valueOf: (row) => row.ordinal },
  { sql: 'q.id', type: 'uuid', valueOf: (row) => row.id },
]);

/**
 * The search as a LIKE pattern on lower-cased, unaccented text: NFD without combining marks, đ → d, spaces
 * collapsed, LIKE wildcards escaped. PostgreSQL folds the stored text the same way (`lower(f_unaccent(…))`).
 * Null when there is nothing to search for.
 */
export function questionSearchPattern(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const folded = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  if (folded === '') return null;
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
