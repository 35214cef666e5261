// A LockManager with `ifAvailable` semantics, shared by the "tabs" of one test. Like a browser,
// it frees the locks of a tab that dies (`release(owner)`), even though that tab never finished.
import type { LockManagerLike } from '../../../src/delivery/leader';

export interface FakeLocks {
  held: Map<string, string>;
  /** The LockManager one tab sees. */
  forTab(owner: string): LockManagerLike;
  /** Frees every lock `owner` holds, as the browser does when its tab closes, for good. */
  release(owner: string): void;
}

export function fakeLocks(): FakeLocks {
  const held = new Map<string, string>();
  // A closed tab runs no more code: it can never take a lock again.
  const gone = new Set<string>();
  return {
    held,
    forTab: (owner) => ({
      async request<T>(
        name: string,
        _o: { ifAvailable: true },
        cb: (lock: unknown) => Promise<T>,
      ): Promise<T> {
        if (held.has(name) || gone.has(owner)) return cb(null);
        held.set(name, owner);
        try {
          return await cb({ name });
        } finally {
          if (held.get(name) === owner) held.delete(name);
        }
      },
    }),
    release(owner) {
      gone.add(owner);
      for (const [name, o] of held) if (o === owner) held.delete(name);
    },
  };
}
