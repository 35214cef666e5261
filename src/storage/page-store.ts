/**
 * The device's store for one page: the one given (tests, unusual hosts), or the best that
 * works here, with every fall-back to a weaker store reported as an `error`.
 */

import type { ErrorCode } from '../contract/types';
import type { DeferredStore } from './deferred';
import type { DeviceStorage } from './device';
import type { CarryBack, OpenedStorage, OpenStorageOptions } from './open';
import type { KeyValueStore } from './store';

/** Where a page keeps its data: the seams `createWaypoint` accepts for it. */
export interface PageStoreOptions {
  /** Where to keep the queue and visitor state (default: IndexedDB → localStorage → memory). */
  storage?: KeyValueStore;
  /** Opens the device's store (default: IndexedDB → localStorage → memory); not with `storage`. */
  openStorage?: (o: Pick<OpenStorageOptions, 'onFallback'>) => Promise<OpenedStorage>;
}

export async function openPageStore(
  options: PageStoreOptions,
  error: (code: ErrorCode, message: string) => void,
  device: DeviceStorage,
  carryBack: CarryBack,
  /** Write the device at once, even on a new one ("returning" needs this visit remembered). */
  keepAtOnce = false,
): Promise<KeyValueStore> {
  if (options.storage) return options.storage;
  const fellBack = (from: string, to: string, reason: string) => {
    const lost = to === 'memory' ? ': answers will not survive a reload' : '';
    error('storage', `${from} failed (${reason}); now using ${to}${lost}`);
  };
  const o = options.openStorage
    ? await options.openStorage({ onFallback: fellBack }) // the script tag's, batched already
    : await device.open({ onFallback: fellBack, carryBack });
  if (o.problems.length) fellBack('durable storage', o.store.kind, o.problems.join('; '));
  if (keepAtOnce) await (o.store as Partial<DeferredStore>).keep?.();
  return o.store;
}
