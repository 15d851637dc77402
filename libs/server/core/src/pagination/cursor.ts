import { DomainError } from '../errors/domain.error';

/** Far above any cursor the API hands out (the longest holds a category path), far below a denial of service. */
const MAX_CURSOR_LENGTH = 8192;

/** Opaque keyset cursor: base64url of the sort key's JSON. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor holds, unchecked (see Keyset.after); anything that is not base64url of a JSON array is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, field: string): unknown[] {
  if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]*$/.test(cursor)) {
    try {
      const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(key)) return key;
    } catch {
      // fall through to the error below
    }
  }
  throw DomainError.badInput(field, 'pagination.cursorInvalid');
}
