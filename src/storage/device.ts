// The device's store for a page: opened at once where the device already holds our data, else
// deferred until there is something to keep (deferred.ts), so a new visitor's device is left
// untouched, and the storage chunk unfetched, by a page view that asks nothing.
import { deferStore } from './deferred';
import type * as StorageChunk from './entry';
import { mayHoldData } from './existing-data';
import type { OpenedStorage, OpenStorageOptions } from './open';
import type { KeyValueStore } from './store';

type OnFallback = NonNullable<OpenStorageOptions['onFallback']>;

/**
 * @example
 * const { store } = await openDevice(() => openStorage({ onFallback }), onFallback);
 */
export async function openDevice(
  open: () => Promise<OpenedStorage>,
  onFallback: OnFallback,
  holds: () => Promise<boolean> = mayHoldData,
): Promise<OpenedStorage> {
  if (await holds()) return open();
  const later = () =>
    open().then((o) => {
      // Opened late, with no start-up left to report to: the page hears it as a fallback.
      if (o.problems.length) onFallback('indexeddb', o.store.kind, o.problems.join('; '));
      return o.store;
    });
  return { store: deferStore(later, 'indexeddb'), problems: [] };
}

export interface DeviceStorage {
  /** The device's store (deferred on a new device); `onFallback` hears later switches. */
  open(o: {
    onFallback: OnFallback;
    carryBack: OpenStorageOptions['carryBack'];
  }): Promise<OpenedStorage>;
  /** Deletes `keys` wherever a visit may have kept them (IndexedDB and localStorage). */
  wipe(store: KeyValueStore, keys: string[]): Promise<void>;
}

/**
 * The device's storage through its chunk (`load`: the root's loader). `holds`: a look at the
 * device already taken this page view (the tag's core), so it is not taken twice.
 */
export function deviceStorage(
  load: () => Promise<typeof StorageChunk>,
  holds?: () => Promise<boolean>,
): DeviceStorage {
  return {
    open: (o) => openDevice(() => load().then((m) => m.openBatched(o)), o.onFallback, holds),
    wipe: (store, keys) => load().then((m) => m.delEverywhere(store, keys)),
  };
}
