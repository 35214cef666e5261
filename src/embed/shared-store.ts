/**
 * One storage for the whole script tag: the `data-config` cache and the runtime use the store
 * opened once, so IndexedDB is probed once per page view, and reads of one turn share one
 * transaction (read-batch.ts).
 */

import { carryBack } from '../lazy/delivery';
import { openDevice } from '../storage/device';
import { type OpenedStorage, type OpenStorageOptions, openStorage } from '../storage/open';
import { batchReads } from '../storage/read-batch';

type OnFallback = NonNullable<OpenStorageOptions['onFallback']>;

/** A memoised `openStorage`; the last listener given hears later fallbacks. */
export function sharedStorage(): (o?: { onFallback?: OnFallback }) => Promise<OpenedStorage> {
  let opened: Promise<OpenedStorage> | undefined;
  let hear: OnFallback = () => undefined;
  return (o = {}) => {
    if (o.onFallback) hear = o.onFallback;
    const onFallback: OnFallback = (from, to, reason) => hear(from, to, reason);
    opened ??= openDevice(
      () =>
        openStorage({ onFallback, carryBack }).then((o) => ({ ...o, store: batchReads(o.store) })),
      onFallback,
    );
    return opened;
  };
}
