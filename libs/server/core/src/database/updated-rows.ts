/**
 * The RETURNING rows of an UPDATE or DELETE run through `query()`: TypeORM's PostgreSQL driver answers
 * those with `[rows, affectedCount]` (INSERT and SELECT answer with the rows alone).
 */
export function updatedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
