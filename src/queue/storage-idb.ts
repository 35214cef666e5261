/**
 * The durable store: IndexedDB through idb-keyval, in Waypoint's own database, so nothing we
 * write can collide with the host page's data. Reads and atomic multi-record updates use the
 * raw object store idb-keyval hands us, inside one transaction.
 */
import {
  createStore,
  delMany,
  del as delOne,
  get,
  promisifyRequest,
  set,
  type UseStore,
} from 'idb-keyval';
import type { Changes, KeyValueStore, ReadLimit } from './storage';
import { prefixEnd } from './storage';

/** The database and object store Waypoint owns. */
export const DB_NAME = 'waypoint';
export const STORE_NAME = 'kv';

function readRange<T>(
  store: IDBObjectStore,
  prefix: string,
  limit?: number,
): Promise<Array<[string, T]>> {
  const range = IDBKeyRange.bound(prefix, prefixEnd(prefix));
  // Same range and count in one transaction: the same records, keys beside values.
  const keys = store.getAllKeys(range, limit);
  const values = store.getAll(range, limit);
  // Requests in one transaction complete in order: when values is done, keys is too.
  return promisifyRequest(values).then((vs) => keys.result.map((k, i) => [String(k), vs[i] as T]));
}

/** A store in IndexedDB (`indexedDB` must exist; `openStorage` checks before choosing it). */
export function createIdbStore(dbName = DB_NAME): KeyValueStore {
  const use: UseStore = createStore(dbName, STORE_NAME);
  return {
    kind: 'indexeddb',
    get: (key) => get(key, use),
    set: (key, value) => set(key, value, use),
    del: (keys) => (keys.length === 1 ? delOne(keys[0] as string, use) : delMany(keys, use)),
    entries: (prefix) => use('readonly', (store) => readRange(store, prefix)),
    transact<T, R>(
      prefix: string,
      decide: (e: Array<[string, T]>) => { changes: Changes<T>; result: R },
      read?: ReadLimit,
    ) {
      return use('readwrite', (store) =>
        readRange<T>(store, prefix, read?.limit).then((current) => {
          const { changes, result } = decide(current);
          for (const [k, v] of changes.put ?? []) store.put(v, k);
          for (const k of changes.del ?? []) store.delete(k);
          return promisifyRequest(store.transaction).then(() => result);
        }),
      );
    },
  };
}
