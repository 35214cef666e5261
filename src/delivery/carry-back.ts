// Carries a fallback visit back whole (RELIABILITY §17): what a visit kept in localStorage
// moves into IndexedDB once it works again, and localStorage is emptied.

import type { KeyValueStore } from '../storage/store';
import { LEADER_KEY } from './leader';

/** The outbox's drained marks (delivery/outbox.ts), by prefix: one per endpoint and site. */
const DRAINED_PREFIX = 's/drained';
/** "Don't ask me again" (src/targeting/visitor.ts). */
const OPT_OUT_KEY = 's/opt-out';

type Entry = [string, unknown];

/**
 * The changes that bring `carried` (the fallback's) into `kept` (IndexedDB's `s/` keys).
 * Records (`q/`, `d/`) are unioned by key. The fallback visit is the newer, so its state keys
 * win, but an opt-out is sticky. "Nothing to send" never survives a carry: every drained mark
 * in IndexedDB is deleted and the outbox marks come along, so the next start looks at the queue.
 */
export function mergeFallback(carried: readonly Entry[], kept: readonly Entry[]) {
  // The fallback page's flush leases (one per endpoint and site) mean nothing to the next page.
  const put = carried.filter(
    ([k, v]) =>
      !k.startsWith(LEADER_KEY) &&
      !k.startsWith(DRAINED_PREFIX) &&
      (k !== OPT_OUT_KEY || v === true),
  );
  return { put, del: kept.map(([k]) => k).filter((k) => k.startsWith(DRAINED_PREFIX)) };
}

/** Moves `found`, everything of ours in `from` (localStorage), into `to` (IndexedDB), then wipes
 * it. */
export async function carryBack(
  found: Entry[],
  from: KeyValueStore,
  to: KeyValueStore,
): Promise<void> {
  // One atomic step: records, state and marks land together or not at all.
  await to.transact<unknown, void>('s/', (kept) => ({
    changes: mergeFallback(found, kept),
    result: undefined,
  }));
  await from.del(found.map(([k]) => k));
}
