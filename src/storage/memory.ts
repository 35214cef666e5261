/**
 * The last-resort store: a sorted map in this page's memory. Nothing survives a reload, so the
 * SDK reports persistence `volatile` and tries to send at once.
 */
import type { Changes, KeyValueStore, ReadLimit, StorageKind } from './store';

/** Applies `changes` to `map` and returns it (shared by the memory and localStorage stores). */
export function applyChanges<T>(map: Map<string, T>, changes: Changes<T>): void {
  for (const [k, v] of changes.put ?? []) map.set(k, v);
  for (const k of changes.del ?? []) map.delete(k);
}

/** Entries under `prefix`, in key order (the order IndexedDB would give). */
export function sortedEntries<T>(map: Map<string, T>, prefix: string): Array<[string, T]> {
  return [...map]
    .filter(([k]) => k.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A deep copy of plain data (objects, arrays, primitives), the part of structured clone the
 * queue needs. Not `structuredClone`: the build targets ES2020 browsers, which lack it.
 */
function copyPlain<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copyPlain((v as Record<string, unknown>)[k]);
  return out as T;
}

/**
 * A store backed by a Map. Values are deep-copied on the way in and out, as IndexedDB's
 * structured clone would, so callers cannot mutate stored records by accident.
 */
export function createMemoryStore(
  kind: StorageKind = 'memory',
  map = new Map<string, unknown>(),
): KeyValueStore {
  const copy = copyPlain;
  return {
    kind,
    async get<T>(key: string) {
      return copy(map.get(key) as T | undefined);
    },
    async set(key, value) {
      map.set(key, copy(value));
    },
    async del(keys) {
      for (const k of keys) map.delete(k);
    },
    async entries<T>(prefix: string) {
      return sortedEntries(map, prefix).map(([k, v]) => [k, copy(v)] as [string, T]);
    },
    async transact<T, R>(
      prefix: string,
      decide: (e: Array<[string, T]>) => { changes: Changes<T>; result: R },
      read?: ReadLimit,
    ) {
      // `decide` treats what it sees as read-only; copying only writes keeps appends O(n).
      const all = sortedEntries(map as Map<string, T>, prefix);
      const { changes, result } = decide(all.slice(0, read?.limit));
      applyChanges(map as Map<string, T>, {
        put: changes.put?.map(([k, v]) => [k, copy(v)]),
        del: changes.del,
      });
      return result;
    },
  };
}
