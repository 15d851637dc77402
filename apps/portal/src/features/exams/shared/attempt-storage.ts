/**
 * Where the browser keeps what an attempt must not lose: the save queue and a copy of the attempt to resume
 * from offline. `update` reads and writes one key in one step (across tabs too, for IndexedDB), so two changes
 * never take the same sequence number.
 */
export interface AttemptStorage {
  get<T>(key: string): Promise<T | undefined>;
  update<T>(key: string, updater: (current: T | undefined) => T): Promise<T>;
  set<T>(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A store that lives as long as the page: what is left when the browser refuses both IndexedDB and localStorage. */
export function memoryAttemptStorage(): AttemptStorage {
  const values = new Map<string, unknown>();
  // A structured copy, as the browser stores make: a caller never changes a stored value by reference.
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    get: async <T>(key: string) => copy(values.get(key) as T | undefined),
    update: async <T>(key: string, updater: (current: T | undefined) => T) => {
      const next = updater(copy(values.get(key) as T | undefined));
      values.set(key, copy(next));
      return copy(next);
    },
    set: async <T>(key: string, value: T) => {
      values.set(key, copy(value));
    },
    remove: async (key: string) => {
      values.delete(key);
    },
  };
}
