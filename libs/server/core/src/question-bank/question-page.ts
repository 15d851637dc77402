import { DomainError } from '../errors/domain.error';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { QuestionRecord } from './question-record';

export interface QuestionPageQuery {
  /** A category includes its subcategories. */
  category?: string | null;
  /** Matches the name or the prompt, ignoring case and Vietnamese marks. */
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface QuestionPage {
  questions: QuestionRecord[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export const QUESTION_PAGE_DEFAULT_SIZE = 50;
export const QUESTION_PAGE_MAX_SIZE = 200;

export function questionPageSize(first: number | null | undefined): number {
  return Math.min(Math.max(first ?? QUESTION_PAGE_DEFAULT_SIZE, 1), QUESTION_PAGE_MAX_SIZE);
}

/**
 * The position of a question in the bank browser's order: category path, creation time (as microseconds
 * since the epoch: a JavaScript Date would drop PostgreSQL's microseconds), order within its import, id.
 */
export interface QuestionSortKey {
  segments: string[];
  createdAtMicros: string;
  ordinal: number;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MICROS = /^-?\d{1,18}$/;

export function encodeQuestionCursor(key: QuestionSortKey): string {
  return encodeCursor([key.segments, key.createdAtMicros, key.ordinal, key.id]);
}

export function decodeQuestionCursor(cursor: string, field: string): QuestionSortKey {
  const [segments, createdAtMicros, ordinal, id, ...rest] = decodeCursor(cursor, field);
  if (
    rest.length === 0 &&
    Array.isArray(segments) &&
    segments.every((segment) => typeof segment === 'string') &&
    typeof createdAtMicros === 'string' &&
    MICROS.test(createdAtMicros) &&
    typeof ordinal === 'number' &&
    Number.isInteger(ordinal) &&
    Math.abs(ordinal) <= 2_147_483_647 &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { segments: segments as string[], createdAtMicros, ordinal, id };
  }
  throw DomainError.badInput(field, 'This cursor is not valid; use endCursor from a previous page');
}

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
