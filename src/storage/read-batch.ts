// Reads of our small state in one transaction: the `s/…` keys asked for in one turn (the
// start-up's visitor, opt-out, journey and targeting state) are one `entries('s/')`. A write
// first sends the reads asked before it, so every read sees exactly the writes before it.
import type { KeyValueStore } from './store';

const PREFIX = 's/';

type Waiter = [key: string, ok: (value: unknown) => void, fail: (e: unknown) => void];

/**
 * @example
 * const store = batchReads(opened.store);
 * const [a, b] = await Promise.all([store.get('s/visitor'), store.get('s/journey')]); // one read
 * // `state`: the `s/` entries the opening check read (open.ts), to answer the first turn.
 */
export function batchReads(store: KeyValueStore, state?: Array<[string, unknown]>): KeyValueStore {
  let pending: Waiter[] | undefined;
  // What the opening check read of `s/`: it answers the first turn of reads, unless a write
  // comes first. Only once: later turns read the store, where another tab may have written.
  let primed = state && new Map(state);
  const send = () => {
    const batch = pending;
    const known = primed;
    pending = undefined;
    primed = undefined;
    if (!batch) return;
    const only = batch.length === 1 ? (batch[0] as Waiter)[0] : undefined;
    (known
      ? Promise.resolve(known)
      : only
        ? store.get(only).then((v) => new Map([[only, v]]))
        : store.entries(PREFIX).then((e) => new Map(e))
    ).then(
      (found) => {
        for (const [key, ok] of batch) ok(found.get(key));
      },
      (e: unknown) => {
        for (const w of batch) w[2](e);
      },
    );
  };
  return {
    get kind() {
      return store.kind;
    },
    get<T>(key: string): Promise<T | undefined> {
      if (!key.startsWith(PREFIX)) {
        send();
        return store.get<T>(key);
      }
      return new Promise((ok, fail) => {
        if (!pending) {
          pending = [];
          queueMicrotask(send);
        }
        pending.push([key, ok as Waiter[1], fail]);
      });
    },
    // Each sends the reads asked before it first.
    set(key, value) {
      send();
      return store.set(key, value);
    },
    del(keys) {
      send();
      return store.del(keys);
    },
    entries(prefix) {
      send();
      return store.entries(prefix);
    },
    transact(prefix, decide, read) {
      send();
      return store.transact(prefix, decide, read);
    },
  };
}
