/**
 * Moving records to the dead-letter area (DESIGN §5): rejected events, and stored values that
 * were not records at all. The area stays small and every move is counted, so what was given up
 * on is always reported, never silently lost.
 */
import { COUNTERS_KEY, type Counters, DEAD_PREFIX, MAX_DEAD, QUEUE_PREFIX } from './records';

/** The counters as stored, or zeros. */
export function countersIn(entries: ReadonlyArray<[string, unknown]>): Counters {
  const c = entries.find(([k]) => k === COUNTERS_KEY)?.[1] as Partial<Counters> | undefined;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { expired: n(c?.expired), deadLettered: n(c?.deadLettered) };
}

/**
 * The changes that dead-letter the `wanted` queue keys in one step, with `dead` making each
 * dead-letter value. `entries` is everything in the store (the counters live outside `q/`).
 */
export function moveToDead(
  entries: ReadonlyArray<[string, unknown]>,
  wanted: ReadonlySet<string>,
  dead: (key: string, value: unknown) => unknown,
): { put: Array<[string, unknown]>; del: string[]; moved: string[] } {
  const put: Array<[string, unknown]> = [];
  const moved: string[] = [];
  for (const [k, v] of entries) {
    if (!wanted.has(k)) continue;
    put.push([DEAD_PREFIX + k.slice(QUEUE_PREFIX.length), dead(k, v)]);
    moved.push(k);
  }
  if (!moved.length) return { put, del: [], moved };
  // The dead-letter store stays small: past its cap the oldest go (each was reported).
  const old = entries.filter(([k]) => k.startsWith(DEAD_PREFIX)).map(([k]) => k);
  const del = [...moved, ...old.slice(0, Math.max(0, old.length + put.length - MAX_DEAD))];
  const counters = countersIn(entries);
  put.push([COUNTERS_KEY, { ...counters, deadLettered: counters.deadLettered + moved.length }]);
  return { put, del, moved };
}
