/**
 * The one storage adapter (STYLE §8). Everything Waypoint keeps on the device — the queue, the
 * visitor, the journey, opt-out — goes through a `KeyValueStore`, so that IndexedDB, its
 * fallbacks and test fakes are interchangeable.
 */

/** Where data lives: `indexeddb` survives reloads and closed tabs; `memory` does not. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/** Changes to apply in one atomic step: records to write and keys to delete. */
export interface Changes<T> {
  put?: Array<[string, T]>;
  del?: string[];
}

/** How much a transaction reads. */
export interface ReadLimit {
  /**
   * At most this many entries, the first in key order (IndexedDB's `getAll(range, count)`). A
   * store may ignore it and hand over every entry: readers must accept either.
   */
  limit?: number;
  /**
   * The decision looks at values only: a store may then hand over every key as `''`, which
   * saves IndexedDB its `getAllKeys` request (a task on a busy page). Readers must accept either.
   */
  valuesOnly?: boolean;
}

export interface KeyValueStore {
  readonly kind: StorageKind;
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(keys: string[]): Promise<void>;
  /** Every entry whose key starts with `prefix`, in key order. */
  entries<T>(prefix: string): Promise<Array<[string, T]>>;
  /**
   * Reads the entries under `prefix` (every one, or the first `read.limit`), lets `decide` choose
   * changes, and applies them as one atomic step (one IndexedDB transaction), so two tabs can
   * never lease the same record.
   */
  transact<T, R>(
    prefix: string,
    decide: (entries: Array<[string, T]>) => { changes: Changes<T>; result: R },
    read?: ReadLimit,
  ): Promise<R>;
}

/** `durable` when answers survive a reload; `volatile` when they live only in this page. */
export function persistenceOf(kind: StorageKind): 'durable' | 'volatile' {
  return kind === 'memory' ? 'volatile' : 'durable';
}

/** The last key of a prefix range: every key that starts with `prefix` sorts below it. */
export const prefixEnd = (prefix: string) => `${prefix}\uffff`;
