import { createStore, del, get, set, update } from 'idb-keyval';
import type { AttemptStorage } from './attempt-storage';

const DATABASE = 'hocso-exams';
const STORE = 'attempts';

/** IndexedDB through idb-keyval: `update` runs in one readwrite transaction, which every tab waits its turn for. */
export function indexedDbAttemptStorage(): AttemptStorage {
  const store = createStore(DATABASE, STORE);
  return {
    get: <T>(key: string) => get<T>(key, store),
    update: async <T>(key: string, updater: (current: T | undefined) => T) => {
      let next: T | undefined;
      await update<T>(
        key,
        (current) => {
          next = updater(current);
          return next;
        },
        store,
      );
      return next as T;
    },
    set: <T>(key: string, value: T) => set(key, value, store),
    remove: (key: string) => del(key, store),
  };
}
