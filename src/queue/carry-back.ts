/**
 * Carries a fallback visit back whole (RELIABILITY §17): everything of ours that a visit kept in
 * localStorage moves into IndexedDB once IndexedDB works again, and localStorage is emptied.
 *
 * Merge rules: records (`q/`, `d/`) are unioned by key. The fallback visit is the newer one, so
 * its state keys win, except that an opt-out is sticky (either side opted out → opted out) and
 * the given-up counters add up. "Nothing to send" must never survive a carry: every drained mark
 * in IndexedDB is deleted and the outbox marks are carried, so the next start looks at the queue.
 */
import { countersIn } from './dead-letter';
import { LEADER_KEY } from './leader';
import { COUNTERS_KEY } from './records';
import type { KeyValueStore } from './storage';

/** The outbox's marks (src/record/outbox.ts), by prefix: they may be kept per endpoint and site. */
const DRAINED_PREFIX = 's/drained';
const OUTBOX_PREFIX = 's/outbox';
/** "Don't ask me again" (src/targeting/visitor.ts). */
const OPT_OUT_KEY = 's/opt-out';
/** What means something only to the page that wrote it (its probe, its lease): never carried. */
const PAGE_ONLY = new Set(['s/probe', LEADER_KEY]);

type Entry = [string, unknown];

/** The changes that bring `carried` (the fallback's) into `kept` (IndexedDB's `s/` keys). */
export function mergeFallback(carried: readonly Entry[], kept: readonly Entry[]) {
  const here = new Map(kept);
  const del = kept.map(([k]) => k).filter((k) => k.startsWith(DRAINED_PREFIX));
  const put: Entry[] = [];
  for (const [k, v] of carried) {
    if (PAGE_ONLY.has(k) || k.startsWith(DRAINED_PREFIX)) continue;
    const old = here.get(k);
    if (k === OPT_OUT_KEY) {
      if (v === true) put.push([k, true]);
    } else if (k === COUNTERS_KEY) {
      const [a, b] = [countersIn([[k, v]]), countersIn([[k, old]])];
      put.push([
        k,
        { expired: a.expired + b.expired, deadLettered: a.deadLettered + b.deadLettered },
      ]);
    } else if (k.startsWith(OUTBOX_PREFIX) && typeof v === 'number' && typeof old === 'number') {
      put.push([k, Math.max(v, old)]); // a mark only grows
    } else put.push([k, v]);
  }
  return { put, del };
}

/** Moves everything of ours from `from` (localStorage) into `to` (IndexedDB), then wipes `from`. */
export async function carryBack(from: KeyValueStore, to: KeyValueStore): Promise<void> {
  const found = await from.entries<unknown>('');
  if (!found.length) return;
  // One atomic step: records, state and marks land together or not at all.
  await to.transact<unknown, void>('s/', (kept) => ({
    changes: mergeFallback(found, kept),
    result: undefined,
  }));
  await from.del(found.map(([k]) => k));
}
