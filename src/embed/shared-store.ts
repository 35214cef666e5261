// One storage for the whole script tag: the `data-config` cache and the runtime use the store
// opened once, so IndexedDB is probed once per page view.
import { carryBack } from '../lazy/delivery';
import type { DeviceStorage } from '../storage/device';
import type { OpenedStorage, OpenStorageOptions } from '../storage/open';

type OnFallback = NonNullable<OpenStorageOptions['onFallback']>;

/** The device's store, opened once; the last listener given hears later fallbacks. */
export function sharedStorage(
  device: DeviceStorage,
): (o?: { onFallback?: OnFallback }) => Promise<OpenedStorage> {
  let opened: Promise<OpenedStorage> | undefined;
  let hear: OnFallback = () => undefined;
  return (o = {}) => {
    if (o.onFallback) hear = o.onFallback;
    opened ??= device.open({ onFallback: (from, to, reason) => hear(from, to, reason), carryBack });
    return opened;
  };
}
