import type { KeyValueStorage } from '@hocso/portal-data-access';
import type { AttemptStorage } from './attempt-storage';

const PREFIX = 'hocso.exam.';

/** localStorage, where IndexedDB cannot be opened: reads and writes are synchronous, so `update` is one step in a tab. */
export function localStorageAttemptStorage(storage: KeyValueStorage): AttemptStorage {
  const read = <T>(key: string): T | undefined => {
    const text = storage.getItem(PREFIX + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  };
  const write = <T>(key: string, value: T) => storage.setItem(PREFIX + key, JSON.stringify(value));
  return {
    get: async <T>(key: string) => read<T>(key),
    update: async <T>(key: string, updater: (current: T | undefined) => T) => {
      const next = updater(read<T>(key));
      write(key, next);
      return next;
    },
    set: async <T>(key: string, value: T) => write(key, value),
    remove: async (key: string) => storage.removeItem(PREFIX + key),
  };
}
