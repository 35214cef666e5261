/**
 * One flusher across tabs (RELIABILITY §5): the Web Locks API where the browser has it, else a
 * leadership record updated inside one storage transaction. Per-record leases still stop two
 * sends of one record if leadership ever fails, so this is about not wasting requests.
 */
import type { KeyValueStore } from '../storage/store';

export const LOCK_NAME = 'waypoint-flush';
export const LEADER_KEY = 's/flush-leader';

/** The part of `navigator.locks` we use (a fake in tests). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

interface LeaderRecord {
  owner: string;
  until: number;
}

export interface Leadership {
  /** Runs `fn` if no other tab is flushing; resolves `undefined` (without running it) if one is. */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
}

/** Leadership through Web Locks: the lock is released when `fn` settles or the tab dies. */
export function lockLeadership(locks: LockManagerLike, name = LOCK_NAME): Leadership {
  return {
    run: (fn) =>
      locks.request(name, { ifAvailable: true }, (lock) =>
        lock ? fn() : Promise.resolve(undefined),
      ),
  };
}

/**
 * Leadership through a record with a deadline, for browsers without Web Locks. A tab that dies
 * while leading blocks the others only until the deadline.
 */
export function storeLeadership(
  store: KeyValueStore,
  owner: string,
  ttlMs: number,
  now: () => number,
  key = LEADER_KEY,
): Leadership {
  return {
    async run(fn) {
      const won = await store.transact<LeaderRecord, boolean>(key, (entries) => {
        const current = entries.find(([k]) => k === key)?.[1];
        const t = now();
        // A deadline further ahead than the ttl means the clock moved back: it has expired.
        const held =
          current && current.owner !== owner && current.until > t && current.until - t <= ttlMs;
        if (held) return { changes: {}, result: false };
        return { changes: { put: [[key, { owner, until: t + ttlMs }]] }, result: true };
      });
      if (!won) return undefined;
      try {
        return await fn();
      } finally {
        await store
          .transact<LeaderRecord, void>(key, (entries) => {
            const mine = entries.find(([k]) => k === key)?.[1]?.owner === owner;
            return { changes: mine ? { del: [key] } : {}, result: undefined };
          })
          .catch(() => undefined); // the deadline frees it anyway
      }
    },
  };
}
