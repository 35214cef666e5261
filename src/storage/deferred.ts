/**
 * A new device's store: the page's state stays in memory, and the device's store is created
 * only when there is something to keep (a record for the queue, or `keep()`).
 */
import { createMemoryStore } from './memory';
import type { KeyValueStore, StorageKind } from './store';

/** Keys of the visitor's state: written to memory until the store is kept. */
const STATE = 's/';

export interface DeferredStore extends KeyValueStore {
  /** Creates the device's store, with what this page wrote so far; once. */
  keep(): Promise<KeyValueStore>;
}

/**
 * `open()` is called at the first write outside the visitor's state (`s/…`), or at `keep()`;
 * until then nothing touches the device, and reads see only what this page wrote. What this page
 * wrote is copied where the device holds nothing yet (another tab may have started it meanwhile).
 *
 * @example
 * const store = deferStore(() => openIndexedDb(), 'indexeddb');
 * await store.set('s/visitor', v); // in memory
 * await store.set('q/1', record); // the database is created, holding both
 */
export function deferStore(open: () => Promise<KeyValueStore>, kind: StorageKind): DeferredStore {
  const memory = createMemoryStore(kind);
  let kept: Promise<KeyValueStore> | undefined;
  const keep = () => {
    if (!kept) {
      kept = open().then(async (device) => {
        const mine = await memory.entries(STATE);
        await device.transact(STATE, (theirs) => {
          const held = new Set(theirs.map(([k]) => k));
          return { changes: { put: mine.filter(([k]) => !held.has(k)) }, result: undefined };
        });
        return device;
      });
      // A failure is the caller's; the next write tries again.
      kept.catch(() => {
        kept = undefined;
      });
    }
    return kept;
  };
  /** Reads stay in memory until the store is kept: the device holds nothing before that. */
  const reading = () => kept ?? Promise.resolve(memory);
  /** A write outside the visitor's state is something to keep. */
  const writing = (keys: string[]) =>
    kept || keys.some((k) => !k.startsWith(STATE)) ? keep() : Promise.resolve(memory);
  return {
    kind,
    keep,
    get: (key) => reading().then((s) => s.get(key)),
    entries: (prefix) => reading().then((s) => s.entries(prefix)),
    set: (key, value) => writing([key]).then((s) => s.set(key, value)),
    del: (keys) => writing(keys).then((s) => s.del(keys)),
    transact: (prefix, decide, read) =>
      writing([prefix]).then((s) => s.transact(prefix, decide, read)),
  };
}
