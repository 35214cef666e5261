/**
 * Chooses where to keep data: IndexedDB, else localStorage, else memory (RELIABILITY §7).
 * Each candidate must answer a real write and read before it is trusted, and the chosen one is
 * wrapped so that it can still fall back if it dies later in the session.
 */
import { createIdbStore } from './idb';
import { createLocalStore } from './local';
import { createMemoryStore } from './memory';
import { type Backend, createResilientStore } from './resilient';
import type { KeyValueStore, StorageKind } from './store';
import { withTimeout } from './timeout';

export { withTimeout } from './timeout';

const STATE = 's/';
const PROBE_KEY = 's/probe';

/**
 * A real read and write, in one transaction (one IndexedDB round trip on every page view). The
 * read is the page's whole small state (`s/`), which the start-up's reads then need not repeat.
 */
function probe(store: KeyValueStore, timeoutMs: number): Promise<Array<[string, unknown]>> {
  const stamp = Date.now();
  return withTimeout(
    (async () =>
      store.transact(STATE, (read) => {
        if (!Array.isArray(read)) throw new Error('read back something other than entries');
        return { changes: { put: [[PROBE_KEY, stamp]] }, result: read };
      }))(),
    timeoutMs,
    `${store.kind} check`,
  );
}

/** Carries a fallback visit's entries from localStorage back into IndexedDB. */
export type CarryBack = (
  found: Array<[string, unknown]>,
  from: KeyValueStore,
  to: KeyValueStore,
) => Promise<void>;

/**
 * Carries back what a fallback visit left in localStorage; true when anything was found. Throws
 * only when something was left and could not be carried: the page then stays on localStorage.
 */
async function takeBack(fallback: Backend, to: KeyValueStore, carry: CarryBack): Promise<boolean> {
  let from: KeyValueStore;
  let found: Array<[string, unknown]>;
  try {
    from = fallback.open();
    found = await from.entries('');
  } catch {
    return false; // no localStorage here: nothing can have been left in it
  }
  if (found.length) await carry(found, from, to);
  return found.length > 0;
}

export interface OpenedStorage {
  store: KeyValueStore;
  /** Why better stores were passed over (empty when IndexedDB works). */
  problems: string[];
  /** The `s/` entries the check read, when nothing has been written since but its own key. */
  state?: Array<[string, unknown]>;
}

export interface OpenStorageOptions {
  timeoutMs?: number;
  dbName?: string;
  localStorage?: Storage | undefined;
  /** Hears a switch to a weaker backend later in the session. */
  onFallback?: (from: StorageKind, to: StorageKind, reason: string) => void;
  /**
   * The carry-back (delivery/carry-back.ts). That is rare, so the root hands in a loader of the
   * delivery chunk, which the carried records need anyway.
   */
  carryBack: CarryBack;
}

/** The best store that works here. Never rejects: memory always works. */
export async function openStorage(options: OpenStorageOptions): Promise<OpenedStorage> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const problems: string[] = [];
  const ls = (): Storage | undefined =>
    'localStorage' in options ? options.localStorage : globalThis.localStorage;
  const candidates: Backend[] = [
    {
      kind: 'indexeddb',
      open: () => {
        if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
        return createIdbStore(options.dbName);
      },
    },
    {
      kind: 'localstorage',
      open: () => {
        const storage = ls();
        if (!storage) throw new Error('localStorage is not available');
        return createLocalStore(storage);
      },
    },
  ];
  const memory: Backend = { kind: 'memory', open: () => createMemoryStore() };
  for (let i = 0; i < candidates.length; i++) {
    try {
      const store = (candidates[i] as Backend).open();
      const read = await probe(store, timeoutMs);
      // What a fallback visit left is carried into the state: then it is read afresh.
      const carried =
        i === 0 && (await takeBack(candidates[1] as Backend, store, options.carryBack));
      // The store just checked serves first: opening IndexedDB again would cost a second
      // connection; a reopen (after a broken connection) still opens afresh.
      const chosen = candidates[i] as Backend;
      let fresh: KeyValueStore | undefined = store;
      const first: Backend = {
        kind: chosen.kind,
        open: () => {
          const s = fresh ?? chosen.open();
          fresh = undefined;
          return s;
        },
      };
      const rest = [first, ...candidates.slice(i + 1), memory];
      const onFallback = options.onFallback ?? (() => undefined);
      const state = carried ? undefined : read;
      return { store: createResilientStore(rest, onFallback, timeoutMs), problems, state };
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { store: createMemoryStore(), problems };
}
