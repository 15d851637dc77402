import type { KeyValueStorage } from './token-store';

/** Runs a refresh while no other tab of the portal runs one. */
export interface RefreshLock {
  /** `waited` tells the task that another tab held the lock first, so its result may be on the way. */
  run<T>(task: (waited: boolean) => Promise<T>): Promise<T>;
}

export const REFRESH_LOCK_NAME = 'hocso.session-refresh';

/** The browser's Web Locks: held across every tab of the origin, released even when a tab is closed. */
export function webLockRefreshLock(locks: LockManager, name = REFRESH_LOCK_NAME): RefreshLock {
  return {
    async run<T>(task: (waited: boolean) => Promise<T>): Promise<T> {
      const free = await locks.request(name, { ifAvailable: true }, async (lock) => (lock ? { value: await task(false) } : null));
      return free ? free.value : locks.request(name, () => task(true));
    },
  };
}

/** One tab alone: nothing to coordinate with (no storage at all). */
export const IN_TAB_REFRESH_LOCK: RefreshLock = { run: (task) => task(false) };

interface Lease {
  owner: string;
  until: number;
}

export interface StorageLeaseOptions {
  key?: string;
  /** How long a lease holds when its tab dies without releasing it. */
  leaseMs?: number;
  /** How long to wait after taking a lease for a tab that took it at the same moment to show itself. */
  settleMs?: number;
  /** Where `storage` events arrive: a released lease wakes the waiting tabs at once. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * Where Web Locks are missing (older Safari and web views): a lease written in localStorage. Storage has no
 * compare-and-set, so two tabs may rarely both win; the server answers a refresh token presented twice within
 * seconds with the same successor, so that race costs a request, not the session.
 */
export function storageLeaseRefreshLock(storage: KeyValueStorage, options: StorageLeaseOptions = {}): RefreshLock {
  const key = options.key ?? `${REFRESH_LOCK_NAME}.lease`;
  const leaseMs = options.leaseMs ?? 15_000;
  const settleMs = options.settleMs ?? 50;
  const events = options.events ?? null;

  const readLease = (): Lease | null => {
    try {
      const lease = JSON.parse(storage.getItem(key) ?? 'null') as Lease | null;
      return lease && typeof lease.owner === 'string' && typeof lease.until === 'number' && lease.until > Date.now() ? lease : null;
    } catch {
      return null;
    }
  };

  const changeOrTimeout = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        events?.removeEventListener('storage', onStorage);
        resolve();
      };
      const onStorage = (event: Event) => {
        if ((event as StorageEvent).key === key) done();
      };
      const timer = setTimeout(done, ms);
      events?.addEventListener('storage', onStorage);
    });

  /** Takes the lease; true when another tab held it first. */
  const acquire = async (owner: string): Promise<boolean> => {
    for (let waited = false; ; ) {
      const held = readLease();
      if (held && held.owner !== owner) {
        waited = true;
        await changeOrTimeout(Math.min(held.until - Date.now(), 250));
        continue;
      }
      storage.setItem(key, JSON.stringify({ owner, until: Date.now() + leaseMs }));
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (readLease()?.owner === owner) return waited;
    }
  };

  return {
    async run(task) {
      const owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      let waited: boolean;
      try {
        waited = await acquire(owner);
      } catch {
        return task(false); // storage refused: this tab cannot coordinate
      }
      try {
        return await task(waited);
      } finally {
        try {
          if (readLease()?.owner === owner) storage.removeItem(key);
        } catch {
          // the lease expires by itself
        }
      }
    },
  };
}

/** Web Locks where the browser has them, else a lease in localStorage, else this tab alone. */
export function browserRefreshLock(): RefreshLock {
  if (typeof navigator !== 'undefined' && navigator.locks) return webLockRefreshLock(navigator.locks);
  try {
    if (typeof localStorage !== 'undefined' && typeof window !== 'undefined') return storageLeaseRefreshLock(localStorage, { events: window });
  } catch {
    // localStorage itself can throw when storage is disabled
  }
  return IN_TAB_REFRESH_LOCK;
}
