import type { Keyset } from './keyset';

/** One page of a list, each item with its cursor (what GraphQL connections are made of). */
export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The page size asked for, or the default, kept between 1 and the maximum. */
export function pageSize(first: number | null | undefined, sizes: { default: number; max: number }): number {
  return Math.min(Math.max(first ?? sizes.default, 1), sizes.max);
}

/** The page of rows from a query that asked for one row more than `size`, to learn whether there is a next page. */
export function pageOf<Sorted, Row extends Sorted, T>(
  rows: readonly Row[],
  size: number,
  totalCount: number,
  keyset: Keyset<Sorted>,
  toItem: (row: Row) => T,
): Page<T> {
  const page = rows.slice(0, size);
  return { items: page.map(toItem), cursors: page.map((row) => keyset.cursorOf(row)), hasNextPage: rows.length > size, totalCount };
}
