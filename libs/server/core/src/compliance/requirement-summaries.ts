import type { EntityManager } from 'typeorm';
import { REMOVE_PERSON_SUMMARY_SQL, STORE_PERSON_SUMMARY_SQL } from './person-summary-sql';
import { EXPIRED_UNIT_PATHS_SQL, REMOVE_UNIT_SUMMARY_SQL, STORE_UNIT_SUMMARY_SQL } from './unit-summary-sql';

/**
 * Summaries are written one transaction at a time: each is computed by a statement that starts once the previous
 * writer has committed, so a summary never misses standings another refresh stored meanwhile.
 */
const SUMMARIES_LOCK = "SELECT pg_advisory_xact_lock(hashtext('requirement_person_summary'))";

/**
 * Stores again, in the caller's transaction, the summaries of `people` from their stored standings, then the unit
 * rows of every unit path those summaries were or are in.
 */
export async function storeSummariesAgain(manager: EntityManager, people: readonly string[]): Promise<void> {
  if (people.length === 0) return;
  await manager.query(SUMMARIES_LOCK);
  const removed: Array<{ user_path: string }> = await manager.query(REMOVE_PERSON_SUMMARY_SQL, [people]);
  const stored: Array<{ user_path: string }> = await manager.query(STORE_PERSON_SUMMARY_SQL, [people]);
  await storeUnitRows(manager, [...removed, ...stored].map((row) => row.user_path));
}

/** Stores again, in the caller's transaction, the unit rows past their `valid_until`. */
export async function storeExpiredUnitRowsAgain(manager: EntityManager): Promise<void> {
  await manager.query(SUMMARIES_LOCK);
  const expired: Array<{ user_path: string }> = await manager.query(EXPIRED_UNIT_PATHS_SQL);
  await storeUnitRows(manager, expired.map((row) => row.user_path));
}

async function storeUnitRows(manager: EntityManager, paths: readonly string[]): Promise<void> {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return;
  await manager.query(REMOVE_UNIT_SUMMARY_SQL, [unique]);
  await manager.query(STORE_UNIT_SUMMARY_SQL, [unique]);
}
