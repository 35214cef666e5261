/**
 * Deletes keys from every backend that may hold them, not only the one this page uses
 * (RELIABILITY §17): a visit that fell back to localStorage, or one before it on IndexedDB, must
 * not keep what consent withdrawn wipes.
 */

import { createIdbStore } from './idb';
import { DB_NAME } from './keys';
import { createLocalStore } from './local';
import type { KeyValueStore } from './store';

/** Whether the database exists, asked without opening it (opening would create it). */
async function databaseExists(): Promise<boolean> {
  const list = await indexedDB.databases?.();
  return list === undefined || list.some((d) => d.name === DB_NAME);
}

/** Deletes `keys` in `store`, then in localStorage and IndexedDB when `store` is neither. */
export async function delEverywhere(store: KeyValueStore, keys: string[]): Promise<void> {
  await store.del(keys);
  try {
    // Again if `store` is it: deletes are idempotent.
    await createLocalStore(localStorage).del(keys);
  } catch {
    // No localStorage, or a sandboxed frame's getter throws: nothing of ours can be there.
  }
  if (store.kind === 'indexeddb' || typeof indexedDB === 'undefined') return;
  // IndexedDB failed this page's check: it may fail or hang here too, and nothing waits on this.
  if (await databaseExists()) await createIdbStore().del(keys);
}
