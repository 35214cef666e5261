// A store that survives its backend dying mid-session (RELIABILITY §7): an operation that
// throws, rejects or hangs moves to the next backend (IndexedDB → localStorage → memory) and is
// retried there. A closed or broken connection first gets one reopen of the same backend.

import type { Changes, KeyValueStore, ReadLimit, StorageKind } from './store';
import { withTimeout } from './timeout';

const REOPEN_ERRORS = new Set(['InvalidStateError', 'UnknownError']);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Wraps what a `transact` decision threw, so it passes through without a fallback. */
class CallerError {
  constructor(readonly cause: unknown) {}
}

export interface Backend {
  kind: StorageKind;
  open(): KeyValueStore;
}

/** A store over `backends` in order of preference; `onFallback` hears each switch. */
export function createResilientStore(
  backends: readonly Backend[],
  onFallback: (from: StorageKind, to: StorageKind, reason: string) => void,
  timeoutMs = 3000,
): KeyValueStore {
  let index = 0;
  let reopened = false;

  /**
   * Opens the first backend from `from` on whose `open()` does not throw (a localStorage getter
   * raises SecurityError in a sandboxed iframe); memory, last, always opens.
   */
  function openFrom(from: number, failed?: StorageKind, why?: string): KeyValueStore {
    for (let i = from; ; i++) {
      const backend = backends[i] as Backend;
      try {
        const store = backend.open();
        index = i;
        if (failed && why !== undefined) onFallback(failed, store.kind, why);
        return store;
      } catch (e) {
        if (i >= backends.length - 1) throw e;
        why = `${why === undefined ? '' : `${why}; `}${backend.kind} could not open (${message(e)})`;
        failed ??= backend.kind;
      }
    }
  }
  let current = openFrom(0);
  /** Backends given up on. They may still hold records leased before the switch. */
  const left: KeyValueStore[] = [];

  async function attempt<T>(op: (s: KeyValueStore) => Promise<T>): Promise<T> {
    for (;;) {
      const store = current;
      try {
        // `async` turns a synchronous throw into a rejection (idb-keyval can throw synchronously).
        return await withTimeout((async () => op(store))(), timeoutMs, `${store.kind} operation`);
      } catch (e) {
        if (e instanceof CallerError) throw e;
        if (store !== current) continue; // another operation already moved on: retry there
        const name = (e as { name?: string })?.name ?? '';
        if (REOPEN_ERRORS.has(name) && !reopened) {
          reopened = true;
          try {
            current = (backends[index] as Backend).open();
            continue;
          } catch {
            // It will not even reopen: fall through to the next backend.
          }
        }
        if (index >= backends.length - 1) throw e;
        reopened = false;
        left.push(store);
        current = openFrom(index + 1, store.kind, message(e));
      }
    }
  }

  return {
    get kind() {
      return current.kind;
    },
    get: (key) => attempt((s) => s.get(key)),
    set: (key, value) => attempt((s) => s.set(key, value)),
    del: (keys) =>
      attempt((s) => s.del(keys)).then(() => {
        // An acknowledged record leased before a switch still sits in the old backend, where
        // the next page would send it again: delete it there too (a full disk still deletes).
        for (const old of left) (async () => old.del(keys))().catch(() => undefined);
      }),
    entries: (prefix) => attempt((s) => s.entries(prefix)),
    transact: <T, R>(
      prefix: string,
      decide: (e: Array<[string, T]>) => { changes: Changes<T>; result: R },
      read?: ReadLimit,
    ) =>
      attempt((s) =>
        s.transact<T, R>(
          prefix,
          (entries) => {
            try {
              return decide(entries);
            } catch (e) {
              // The caller's own decision failed, not the storage: moving backends cannot help.
              throw new CallerError(e);
            }
          },
          read,
        ),
      ).catch((e) => {
        throw e instanceof CallerError ? e.cause : e;
      }),
  };
}
