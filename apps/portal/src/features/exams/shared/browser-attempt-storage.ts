import { type AttemptStorage, memoryAttemptStorage } from './attempt-storage';
import { indexedDbAttemptStorage } from './indexeddb-attempt-storage';
import { localStorageAttemptStorage } from './local-storage-attempt-storage';

const PROBE_KEY = 'probe';

async function works(storage: AttemptStorage): Promise<boolean> {
  try {
    await storage.set(PROBE_KEY, 1);
    return (await storage.get<number>(PROBE_KEY)) === 1;
  } catch {
    return false;
  }
}

let chosen: Promise<AttemptStorage> | null = null;

/**
 * The best store this browser allows, probed once: IndexedDB, else localStorage (some private modes refuse
 * IndexedDB), else memory (answers then survive going offline, not a reload).
 */
export function browserAttemptStorage(): Promise<AttemptStorage> {
  chosen ??= (async () => {
    if (typeof indexedDB !== 'undefined') {
      const storage = indexedDbAttemptStorage();
      if (await works(storage)) return storage;
    }
    try {
      if (typeof localStorage !== 'undefined') {
        const storage = localStorageAttemptStorage(localStorage);
        if (await works(storage)) return storage;
      }
    } catch {
      // Reading `localStorage` itself throws where storage is blocked.
    }
    return memoryAttemptStorage();
  })();
  return chosen;
}
