/**
 * The device's store as one consented start of the widget sees it: once consent is withdrawn,
 * its writes are refused, so a step already under way then (a start-up read, a chunk load, a
 * flush) can never write afterwards (RELIABILITY §18). Deleting stays allowed: it keeps nothing.
 */
import type { KeyValueStore } from '../storage/store';

export const WITHDRAWN = 'consent was withdrawn';

/** @example const store = gateWrites(raw, () => consentStillGiven); */
export function gateWrites(store: KeyValueStore, live: () => boolean): KeyValueStore {
  return {
    get kind() {
      return store.kind;
    },
    get: (key) => store.get(key),
    entries: (prefix) => store.entries(prefix),
    del: (keys) => store.del(keys),
    // State written after withdrawal is simply not kept: there is nobody left to tell.
    set: (key, value) => (live() ? store.set(key, value) : Promise.resolve()),
    // Checked inside the transaction, right before its changes would apply.
    transact: (prefix, decide, read) =>
      store.transact(
        prefix,
        (entries: Parameters<typeof decide>[0]) => {
          if (!live()) throw new Error(WITHDRAWN);
          return decide(entries);
        },
        read,
      ),
  };
}
