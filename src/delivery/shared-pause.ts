/**
 * Pauses every tab must honour (RELIABILITY §14): a server's `Retry-After` and a configuration
 * error are kept in storage, so another tab, or the next page load, does not send at once into
 * an endpoint that asked for quiet. Our own backoff stays per tab, in memory.
 */
import type { KeyValueStore } from '../storage/store';

export const PAUSE_KEY = 's/pause';
/** No stored pause is longer than this (Retry-After is clamped to 1 h, config pauses last 1 h). */
export const MAX_SHARED_PAUSE_MS = 3_600_000;

export interface StoredPause {
  until: number;
  kind: 'retry-after' | 'config';
  reason: string;
}

export interface SharedPause {
  /** The pause still running, if any; one absurdly far ahead means the clock moved back. */
  read(): Promise<StoredPause | undefined>;
  write(pause: StoredPause): Promise<void>;
}

/** A pause kept under `key` in `store`. Storage errors read as "no pause": sending is safe. */
export function sharedPause(store: KeyValueStore, key: string, now: () => number): SharedPause {
  return {
    async read() {
      const p = await store.get<Partial<StoredPause>>(key).catch(() => undefined);
      if (!p || typeof p.until !== 'number' || (p.kind !== 'retry-after' && p.kind !== 'config'))
        return undefined;
      const left = p.until - now();
      if (!(left > 0 && left <= MAX_SHARED_PAUSE_MS)) return undefined;
      return { until: p.until, kind: p.kind, reason: String(p.reason ?? '') };
    },
    write: (pause) => store.set(key, pause).catch(() => undefined),
  };
}
