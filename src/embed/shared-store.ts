/**
 * One storage for the whole script tag: the `data-config` cache, the config verdict and the
 * runtime all use the store opened once, so IndexedDB is probed once per page view, and their
 * reads of the same turn share one transaction (read-batch.ts).
 */

import { carryBack } from '../lazy/delivery';
import { type OpenedStorage, type OpenStorageOptions, openStorage } from '../storage/open';
import { batchReads } from '../storage/read-batch';

type OnFallback = NonNullable<OpenStorageOptions['onFallback']>;

/** A memoised `openStorage`; the last listener given hears later fallbacks. */
export function sharedStorage(): (o?: { onFallback?: OnFallback }) => Promise<OpenedStorage> {
  let opened: Promise<OpenedStorage> | undefined;
  let hear: OnFallback = () => undefined;
  return (o = {}) => {
    if (o.onFallback) hear = o.onFallback;
    opened ??= openStorage({
      onFallback: (from, to, reason) => hear(from, to, reason),
      carryBack,
    }).then((o) => ({ ...o, store: batchReads(o.store) }));
    return opened;
  };
}
