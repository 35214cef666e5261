/**
 * The device's store for a page: opened at once where the device already holds our data, else
 * deferred until there is something to keep (deferred.ts), so a new visitor's device is left
 * untouched by a page view that asks nothing.
 */
import { deferStore } from './deferred';
import { mayHoldData } from './existing-data';
import type { OpenedStorage, OpenStorageOptions } from './open';

/**
 * @example
 * const { store } = await openDevice(() => openStorage({ onFallback }), onFallback);
 */
export async function openDevice(
  open: () => Promise<OpenedStorage>,
  onFallback: NonNullable<OpenStorageOptions['onFallback']>,
): Promise<OpenedStorage> {
  if (await mayHoldData()) return open();
  const later = () =>
    open().then((o) => {
      // Opened late, with no start-up left to report to: the page hears it as a fallback.
      if (o.problems.length) onFallback('indexeddb', o.store.kind, o.problems.join('; '));
      return o.store;
    });
  return { store: deferStore(later, 'indexeddb'), problems: [] };
}
