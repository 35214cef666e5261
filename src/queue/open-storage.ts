/**
 * Chooses where to keep data: IndexedDB, else localStorage, else memory (RELIABILITY §7).
 * Each candidate must answer a real read and write before it is trusted.
 */

import type { KeyValueStore } from './storage';
import { createIdbStore } from './storage-idb';
import { createLocalStore } from './storage-local';
import { createMemoryStore } from './storage-memory';

const PROBE_KEY = 's/probe';

/** Rejects if `p` has not settled within `ms` (an IndexedDB open can hang forever). */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(t));
  });
}

async function probe(store: KeyValueStore, timeoutMs: number): Promise<void> {
  // idb-keyval throws synchronously when indexedDB is missing: the async wrapper turns that
  // into a rejection too (RELIABILITY §7).
  const stamp = Date.now();
  await withTimeout(
    (async () => {
      await store.set(PROBE_KEY, stamp);
      if ((await store.get(PROBE_KEY)) !== stamp) throw new Error('read back a different value');
    })(),
    timeoutMs,
    `${store.kind} check`,
  );
}

export interface OpenedStorage {
  store: KeyValueStore;
  /** Why better stores were passed over (empty when IndexedDB works). */
  problems: string[];
}

/** The best store that works here. Never rejects: memory always works. */
export async function openStorage(
  options: { timeoutMs?: number; dbName?: string; localStorage?: Storage | undefined } = {},
): Promise<OpenedStorage> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const problems: string[] = [];
  const candidates: Array<() => KeyValueStore> = [
    () => {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      return createIdbStore(options.dbName);
    },
    () => {
      const ls = 'localStorage' in options ? options.localStorage : globalThis.localStorage;
      if (!ls) throw new Error('localStorage is not available');
      return createLocalStore(ls);
    },
  ];
  for (const make of candidates) {
    try {
      const store = make();
      await probe(store, timeoutMs);
      return { store, problems };
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { store: createMemoryStore(), problems };
}
