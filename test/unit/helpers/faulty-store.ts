// A store wrapper that injects the faults real browsers produce (RELIABILITY "Testing recipes"):
// synchronous throws, QuotaExceededError, InvalidStateError, promises that never settle.
import type { KeyValueStore } from '../../../src/storage/store';

export type Fault = 'none' | 'sync-throw' | 'quota' | 'invalid-state' | 'hang' | 'reject';

export interface FaultyStore extends KeyValueStore {
  fault: Fault;
  /** Faults apply to writes only (reads still work), like a full disk. */
  writesOnly: boolean;
  calls: number;
}

function domError(name: string): Error {
  const e = new Error(`${name} (injected)`);
  e.name = name;
  return e;
}

/** Wraps `inner`; set `.fault` at any time to make the next operations fail that way. */
export function faulty(inner: KeyValueStore): FaultyStore {
  const wrap =
    <A extends unknown[], R>(write: boolean, op: (...a: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      s.calls++;
      if (s.fault === 'none' || (s.writesOnly && !write)) return op(...args);
      switch (s.fault) {
        case 'sync-throw':
          throw new TypeError('indexedDB is not defined (injected)');
        case 'quota':
          return Promise.reject(domError('QuotaExceededError'));
        case 'invalid-state':
          return Promise.reject(domError('InvalidStateError'));
        case 'hang':
          return new Promise<R>(() => undefined);
        default:
          return Promise.reject(new Error('storage died (injected)'));
      }
    };
  const s: FaultyStore = {
    fault: 'none',
    writesOnly: false,
    calls: 0,
    get kind() {
      return inner.kind;
    },
    get: wrap(false, (k: string) => inner.get(k)),
    set: wrap(true, (k: string, v: unknown) => inner.set(k, v)),
    // A full disk still lets data be deleted: quota faults hit only writes that add data.
    del: (k: string[]) =>
      s.fault === 'quota' ? inner.del(k) : wrap(true, (keys: string[]) => inner.del(keys))(k),
    entries: wrap(false, (p: string) => inner.entries(p)),
    // The read limit is passed on, so the chaos runs lease a batch's worth as the real stores do.
    transact: (
      p: string,
      d: Parameters<KeyValueStore['transact']>[1],
      limit?: Parameters<KeyValueStore['transact']>[2],
    ) =>
      s.fault === 'quota'
        ? inner.transact(
            p,
            (entries) => {
              const out = d(entries);
              if (out.changes.put?.length)
                throw Object.assign(new Error('QuotaExceededError (injected)'), {
                  name: 'QuotaExceededError',
                });
              return out;
            },
            limit,
          )
        : wrap(true, (prefix: string, decide: typeof d) => inner.transact(prefix, decide, limit))(
            p,
            d,
          ),
  } as FaultyStore;
  return s;
}
