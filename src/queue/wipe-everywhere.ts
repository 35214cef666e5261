/**
 * Deletes keys from every backend that may hold them, not only the one this page uses
 * (RELIABILITY §17): a visit that fell back to localStorage, or one before it on IndexedDB, must
 * not keep what consent withdrawn wipes.
 */
import type { KeyValueStore } from './storage';
import { createIdbStore, DB_NAME } from './storage-idb';
import { createLocalStore } from './storage-local';
import { withTimeout } from './timeout';

export interface WipeOptions {
  localStorage?: Storage | undefined;
  dbName?: string;
  timeoutMs?: number;
}

/** Whether the database exists, asked without opening it (opening would create it). */
async function databaseExists(name: string): Promise<boolean> {
  const list = await indexedDB.databases?.();
  return list === undefined || list.some((d) => d.name === name);
}

/** Deletes `keys` in `store`, then in localStorage and IndexedDB when `store` is neither. */
export async function delEverywhere(
  store: KeyValueStore,
  keys: string[],
  o: WipeOptions = {},
): Promise<void> {
  await store.del(keys);
  try {
    const ls = 'localStorage' in o ? o.localStorage : globalThis.localStorage;
    if (ls && store.kind !== 'localstorage') await createLocalStore(ls).del(keys);
  } catch {
    // A sandboxed frame's localStorage getter throws: nothing of ours can be there.
  }
  if (store.kind === 'indexeddb' || typeof indexedDB === 'undefined') return;
  const name = o.dbName ?? DB_NAME;
  // IndexedDB failed this page's check, so it may hang or fail here too: tried, never waited on.
  await withTimeout(
    (async () => {
      if (await databaseExists(name)) await createIdbStore(name).del(keys);
    })(),
    o.timeoutMs ?? 3000,
    'indexeddb wipe',
  ).catch(() => undefined);
}
