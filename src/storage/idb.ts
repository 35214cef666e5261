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
import { DB_NAME } from './keys';
import type { Changes, KeyValueStore, ReadLimit } from './store';
import { prefixEnd } from './store';

/** The database and object store Waypoint owns. */
export { DB_NAME };
export const STORE_NAME = 'kv';

function readRange<T>(
  store: IDBObjectStore,
  prefix: string,
  read: ReadLimit = {},
): Promise<Array<[string, T]>> {
  const range = IDBKeyRange.bound(prefix, prefixEnd(prefix));
  // Same range and count in one transaction: the same records, keys beside values.
  const keys = read.valuesOnly ? undefined : store.getAllKeys(range, read.limit);
  const values = store.getAll(range, read.limit);
  // Requests in one transaction complete in order: when values is done, keys is too.
  return promisifyRequest(values).then((vs) =>
    vs.map((v, i) => [keys ? String(keys.result[i]) : '', v as T]),
  );
}

/**
 * Commits now rather than once every request's success event has reached this page: those
 * events are tasks, queued behind whatever the page renders meanwhile (a card's "Saving…").
 * Missing before Chrome 76, Firefox 74, Safari 15: there the transaction autocommits as before.
 */
function commit(tx: IDBTransaction): void {
  try {
    (tx as { commit?: () => void }).commit?.();
  } catch {
    // A host's patched prototype: the transaction still autocommits, the write still lands.
  }
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
        readRange<T>(store, prefix, read).then((current) => {
          const { changes, result } = decide(current);
          for (const [k, v] of changes.put ?? []) store.put(v, k);
          for (const k of changes.del ?? []) store.delete(k);
          const done = promisifyRequest(store.transaction).then(() => result);
          commit(store.transaction);
          return done;
        }),
      );
    },
  };
}
