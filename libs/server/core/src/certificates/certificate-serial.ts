import type { EntityManager } from 'typeorm';

/** The longest serial a caller may ask about; anything longer is bad input, not an unknown certificate. */
export const SERIAL_MAX_LENGTH = 32;

/** `BT-2026-000123`: at least six digits, more once a year passes 999,999. */
export function formatSerial(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** A serial as people type it: trimmed, upper case. */
export function normaliseSerial(serial: string): string {
  return serial.trim().toUpperCase();
}

/**
 * Takes the next serials of the current year, one for each item, (in the province's time zone), consecutive, inside the
 * caller's transaction. The counter row stays locked until that transaction ends, so two issues never share a
 * number, and a transaction that rolls back gives its numbers back: serials have no gaps.
 */
export async function nextSerials<T>(manager: EntityManager, prefix: string, items: readonly T[]): Promise<Array<{ item: T; serial: string }>> {
  const count = items.length;
  const [row] = (await manager.query(
    `INSERT INTO certificate_serial_counter (year, last_value)
     VALUES (EXTRACT(YEAR FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int, $1)
     ON CONFLICT (year) DO UPDATE SET last_value = certificate_serial_counter.last_value + $1
     RETURNING year, last_value`,
    [count],
  )) as Array<{ year: number; last_value: number }>;
  return items.map((item, i) => ({ item, serial: formatSerial(prefix, row.year, row.last_value - count + 1 + i) }));
}
