import type { KeyValueStorage } from '@hocso/portal-data-access';

const key = (attemptId: string) => `hocso.exam.flags.${attemptId}`;

/**
 * Questions the learner flagged to look at again: kept in this browser only, per attempt (the server has no
 * use for them, and they must not cost a save on a weak network).
 */
export function readFlags(storage: KeyValueStorage | null, attemptId: string): Set<number> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(attemptId)) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((slot): slot is number => Number.isInteger(slot)) : []);
  } catch {
    return new Set();
  }
}

export function writeFlags(storage: KeyValueStorage | null, attemptId: string, flags: ReadonlySet<number>): void {
  try {
    if (flags.size === 0) storage?.removeItem(key(attemptId));
    else storage?.setItem(key(attemptId), JSON.stringify([...flags].sort((a, b) => a - b)));
  } catch {
    // Storage refused: the flags last as long as the page.
  }
}

export function toggleFlag(flags: ReadonlySet<number>, slot: number): Set<number> {
  const next = new Set(flags);
  if (next.has(slot)) next.delete(slot);
  else next.add(slot);
  return next;
}
