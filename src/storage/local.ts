// The first fallback: localStorage, one item per key under `waypoint:`. Durable but small and
// synchronous; quota errors reject, never throw. Values go through our own serialiser, so a
// host's patched `toJSON` cannot rewrite what we store (RELIABILITY §12).
import { toJson } from '../platform/json';
import type { Changes, KeyValueStore } from './store';

const NS = 'waypoint:';

/** A store over `ls` (a `Storage` such as `window.localStorage`). */
export function createLocalStore(ls: Storage): KeyValueStore {
  const read = <T>(key: string): T | undefined => {
    const raw = ls.getItem(NS + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined; // one corrupted item must not stop every other read
    }
  };
  const keys = (prefix: string) => {
    const out: string[] = [];
    for (let i = 0; i < ls.length; i++) {
      const k = ls.key(i);
      if (k?.startsWith(NS + prefix)) out.push(k.slice(NS.length));
    }
    return out.sort();
  };
  // Listing keys is cheap; parsing values is what a limit saves.
  const entries = <T>(prefix: string, limit?: number) =>
    keys(prefix)
      .slice(0, limit)
      .map((k) => [k, read<T>(k)] as [string, T | undefined])
      .filter((e): e is [string, T] => e[1] !== undefined);
  const apply = <T>(changes: Changes<T>) => {
    for (const [k, v] of changes.put ?? []) ls.setItem(NS + k, toJson(v));
    for (const k of changes.del ?? []) ls.removeItem(NS + k);
  };
  return {
    kind: 'localstorage',
    get: async (key) => read(key),
    set: async (key, value) => apply({ put: [[key, value]] }),
    del: async (k) => apply({ del: k }),
    entries: async (prefix) => entries(prefix),
    async transact(prefix, decide, read) {
      const { changes, result } = decide(entries(prefix, read?.limit));
      apply(changes);
      return result;
    },
  };
}
