import { isUuid } from '@hocso/contracts';
import { DomainError } from '../errors/domain.error';
import { isStorableText } from '../input/unstorable-character';
import { decodeCursor, encodeCursor } from './cursor';

/** 0001-01-01 and 9999-12-31 in microseconds since 1970: what PostgreSQL adds to its epoch without overflowing. */
const MIN_MICROS = -62_135_596_800_000_000n;
const MAX_MICROS = 253_402_300_799_999_999n;

function isText(value: unknown): value is string {
  return typeof value === 'string' && isStorableText(value);
}

/**
 * The kinds of value a sort key holds: how a cursor's value is checked (a crafted cursor is BAD_USER_INPUT,
 * never a database error) and how it is compared with the key's SQL expression.
 */
const KEY_TYPES = {
  text: { accepts: (value: unknown) => isText(value), sql: (p: string) => `${p}::text` },
  uuid: { accepts: (value: unknown) => isUuid(value), sql: (p: string) => `${p}::uuid` },
  int: { accepts: (value: unknown) => Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647, sql: (p: string) => `${p}::int` },
  float8: { accepts: (value: unknown) => typeof value === 'number' && Number.isFinite(value), sql: (p: string) => `${p}::float8` },
  'text[]': {
    accepts: (value: unknown) => Array.isArray(value) && value.every(isText),
    sql: (p: string) => `${p}::text[]`,
  },
  /** A timestamptz kept as microseconds since the epoch (text): a JavaScript Date would drop PostgreSQL's microseconds. */
  micros: {
    accepts: (value: unknown) => typeof value === 'string' && /^-?\d{1,18}$/.test(value) && BigInt(value) >= MIN_MICROS && BigInt(value) <= MAX_MICROS,
    sql: (p: string) => `('epoch'::timestamptz + ${p}::bigint * interval '1 microsecond')`,
  },
} as const;

export type SortKeyType = keyof typeof KEY_TYPES;

/** Binds a value as a parameter of the query being built and answers its placeholder in the SQL. */
export type BindParameter = (value: unknown) => string;

/** Binding to PostgreSQL's numbered parameters: each value goes to the end of `params`. */
export function numberedParameters(params: unknown[]): BindParameter {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/** One key of a keyset order: the SQL expression, its direction, its type, and where a row keeps its value. */
export interface SortKey<Row> {
  sql: string;
  type: SortKeyType;
  descending?: boolean;
  valueOf(row: Row): unknown;
}

/**
 * Keyset pagination over an order whose last key is unique: the ORDER BY, the condition for the rows after a
 * cursor, and each row's cursor (an opaque encoding of its key, see cursor.ts).
 */
export class Keyset<Row> {
  constructor(private readonly keys: readonly SortKey<Row>[]) {}

  /** Each key's SQL and direction, in order. */
  orderings(): Array<[sql: string, direction: 'ASC' | 'DESC']> {
    return this.keys.map((key) => [key.sql, key.descending ? 'DESC' : 'ASC']);
  }

  orderBy(): string {
    return this.orderings()
      .map(([sql, direction]) => `${sql} ${direction}`)
      .join(', ');
  }

  /**
   * The condition for rows strictly after the cursor, its values bound as parameters. A cursor of another
   * order (another search, say) or with values of the wrong kind is BAD_USER_INPUT on `field`.
   */
  after(cursor: string, bind: BindParameter, field = 'after'): string {
    const values = decodeCursor(cursor, field);
    if (values.length !== this.keys.length) throw DomainError.badInput(field, 'pagination.cursorOfOtherOrder');
    if (!this.keys.every((key, index) => KEY_TYPES[key.type].accepts(values[index]))) {
      throw DomainError.badInput(field, 'pagination.cursorInvalid');
    }
    const placeholders = this.keys.map((key, index) => KEY_TYPES[key.type].sql(bind(values[index])));
    const descending = this.keys[0].descending ?? false;
    if (this.keys.every((key) => (key.descending ?? false) === descending)) {
      // One direction: a row comparison, which PostgreSQL matches against a multicolumn index.
      return `(${this.keys.map((key) => key.sql).join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`;
    }
    const alternatives = this.keys.map((current, index) => {
      const equal = this.keys.slice(0, index).map((previous, j) => `${previous.sql} = ${placeholders[j]}`);
      const beyond = `${current.sql} ${current.descending ? '<' : '>'} ${placeholders[index]}`;
      return `(${[...equal, beyond].join(' AND ')})`;
    });
    return `(${alternatives.join(' OR ')})`;
  }

  cursorOf(row: Row): string {
    return encodeCursor(this.keys.map((key) => key.valueOf(row)));
  }
}
