/**
 * The durable queue of CloudEvents (DESIGN §5). A record's life is
 * `queued → leased (by one owner, until a deadline) → deleted after a 2xx`, or moved to the
 * dead-letter area. Nothing is ever taken out before the endpoint has acknowledged it.
 */

import type { WaypointCloudEvent } from '../transport/envelope';
import { byteLength, toJson } from '../transport/json';
import { readRecords } from './record-shape';
import type { KeyValueStore } from './storage';

export const QUEUE_PREFIX = 'q/';
export const DEAD_PREFIX = 'd/';
export const COUNTERS_KEY = 's/counters';
/** How many rejected events the dead-letter store keeps for inspection. */
export const MAX_DEAD = 100;

/** RELIABILITY §8: a record expires only when it is this old **and** has failed this often. */
export const EXPIRE_AFTER_MS = 30 * 86_400_000;
export const EXPIRE_MIN_ATTEMPTS = 3;

/** What was given up on, kept on the device so it can be reported (never silently lost). */
export interface Counters {
  expired: number;
  deadLettered: number;
}

export interface QueueRecord {
  event: WaypointCloudEvent;
  /** Serialised size in bytes, counted once at capture. */
  bytes: number;
  /** Local clock at capture (ms). */
  createdAt: number;
  /** Real sends that failed (network, 5xx, …); drives expiry, never eviction. */
  attempts: number;
  /** Until when (local ms) `leaseOwner` may send this record; 0 when free. */
  leaseUntil: number;
  leaseOwner: string;
}

export interface DeadRecord extends QueueRecord {
  reason: string;
  status: number;
  deadAt: number;
}

/** A stored value that was not a queue record at all, kept as found for inspection. */
export interface BadRecord {
  raw: unknown;
  reason: string;
  status: 0;
  deadAt: number;
}

export interface QueueLimits {
  maxEvents: number;
  maxBytes: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = { maxEvents: 1000, maxBytes: 5 * 1024 * 1024 };

export type AppendResult =
  | { ok: true; record: QueueRecord }
  | { ok: false; reason: 'full'; message: string };

export interface Queue {
  append(event: WaypointCloudEvent): Promise<AppendResult>;
  /** Leases up to `maxEvents` / `maxBytes` of free records, oldest first, in one atomic step. */
  lease(limit: { maxEvents: number; maxBytes: number }, leaseMs: number): Promise<QueueRecord[]>;
  /** Deletes records the endpoint acknowledged. */
  ack(ids: string[]): Promise<void>;
  /** Frees leased records; `failed` counts a real failed send against each. */
  release(ids: string[], failed: boolean): Promise<void>;
  /** Moves records the endpoint rejected to the dead-letter area. */
  deadLetter(ids: string[], reason: string, status: number): Promise<void>;
  /**
   * Deletes records over 30 days old that have also failed at least three real sends, and
   * counts them. A clock jump alone never expires anything: the failures must be real.
   */
  expire(): Promise<string[]>;
  stats(): Promise<{
    count: number;
    bytes: number;
    oldest: number | undefined;
    dead: number;
    expired: number;
  }>;
}

const key = (id: string) => QUEUE_PREFIX + id;
const deadKey = (queueKey: string) => DEAD_PREFIX + queueKey.slice(QUEUE_PREFIX.length);

export interface QueueOptions {
  /** Names this tab's leases. */
  owner: string;
  now?: () => number;
  limits?: QueueLimits;
  /** Hears the keys of stored values that were not records, once each, after they were moved. */
  onBadRecords?: (keys: string[]) => void;
}

/**
 * Dead-letters `wanted` queue keys in one step, keeping the dead-letter store at its cap and
 * counting what moved. `entries` is everything in the store (the counters live outside `q/`).
 */
function moveToDead(
  entries: Array<[string, unknown]>,
  wanted: Set<string>,
  dead: (key: string, value: unknown) => DeadRecord | BadRecord,
): { put: Array<[string, unknown]>; del: string[]; moved: string[] } {
  const put: Array<[string, unknown]> = [];
  const del: string[] = [];
  for (const [k, v] of entries) {
    if (!wanted.has(k)) continue;
    put.push([deadKey(k), dead(k, v)]);
    del.push(k);
  }
  if (!put.length) return { put, del, moved: [] };
  // The dead-letter store stays small: past its cap the oldest go (each was reported).
  const old = entries.filter(([k]) => k.startsWith(DEAD_PREFIX)).map(([k]) => k);
  const moved = [...del];
  del.push(...old.slice(0, Math.max(0, old.length + put.length - MAX_DEAD)));
  const counters = (entries.find(([k]) => k === COUNTERS_KEY)?.[1] as Counters | undefined) ?? {
    expired: 0,
    deadLettered: 0,
  };
  put.push([COUNTERS_KEY, { ...counters, deadLettered: counters.deadLettered + moved.length }]);
  return { put, del, moved };
}

/** A queue over `store`. `now` is injectable for tests. */
export function createQueue(
  store: KeyValueStore,
  { owner, now = Date.now, limits = DEFAULT_QUEUE_LIMITS, onBadRecords }: QueueOptions,
): Queue {
  /** Runs `decide` over the records under `q/`; values that are not records are set aside. */
  async function transactRecords<R>(
    decide: (records: Array<[string, QueueRecord]>) => {
      changes: { put?: Array<[string, QueueRecord]>; del?: string[] };
      result: R;
    },
  ): Promise<R> {
    let bad: string[] = [];
    const result = await store.transact<unknown, R>(QUEUE_PREFIX, (entries) => {
      const split = readRecords(entries);
      bad = split.bad;
      return decide(split.good);
    });
    if (bad.length) await quarantine(bad);
    return result;
  }

  async function quarantine(keys: string[]): Promise<void> {
    const moved = await store.transact<unknown, string[]>('', (entries) => {
      const { put, del, moved } = moveToDead(entries, new Set(keys), (_k, raw) => ({
        raw,
        reason: 'a stored record of the wrong shape',
        status: 0,
        deadAt: now(),
      }));
      return { changes: { put, del }, result: moved };
    });
    if (moved.length) onBadRecords?.(moved);
  }

  const update = (ids: string[], change: (r: QueueRecord) => QueueRecord | undefined) => {
    const wanted = new Set(ids.map(key));
    return transactRecords<void>((entries) => {
      const put: Array<[string, QueueRecord]> = [];
      for (const [k, r] of entries) {
        if (!wanted.has(k)) continue;
        const next = change(r);
        if (next) put.push([k, next]);
      }
      return { changes: { put }, result: undefined };
    });
  };

  return {
    append(event) {
      const bytes = byteLength(toJson(event));
      const record: QueueRecord = {
        event,
        bytes,
        createdAt: now(),
        attempts: 0,
        leaseUntil: 0,
        leaseOwner: '',
      };
      return transactRecords<AppendResult>((entries) => {
        const used = entries.reduce((n, [, r]) => n + r.bytes, 0);
        if (entries.length >= limits.maxEvents || used + bytes > limits.maxBytes) {
          const message = `the queue is full (${entries.length} events, ${used} bytes); no new prompts until it drains`;
          return { changes: {}, result: { ok: false, reason: 'full', message } };
        }
        return { changes: { put: [[key(event.id), record]] }, result: { ok: true, record } };
      });
    },

    lease(limit, leaseMs) {
      return transactRecords<QueueRecord[]>((entries) => {
        const t = now();
        const taken: QueueRecord[] = [];
        let bytes = 0;
        for (const [, r] of entries) {
          // A lease far in the future means the clock moved back: treat it as expired.
          const leased = r.leaseUntil > t && r.leaseUntil - t <= leaseMs;
          if (leased) continue;
          if (
            taken.length >= limit.maxEvents ||
            (taken.length > 0 && bytes + r.bytes > limit.maxBytes)
          )
            break;
          taken.push({ ...r, leaseUntil: t + leaseMs, leaseOwner: owner });
          bytes += r.bytes;
        }
        return { changes: { put: taken.map((r) => [key(r.event.id), r]) }, result: taken };
      });
    },

    ack: (ids) => (ids.length ? store.del(ids.map(key)) : Promise.resolve()),

    release: (ids, failed) =>
      update(ids, (r) =>
        r.leaseOwner === owner
          ? { ...r, leaseUntil: 0, leaseOwner: '', attempts: r.attempts + (failed ? 1 : 0) }
          : undefined,
      ),

    deadLetter(ids, reason, status) {
      return store.transact<unknown, void>('', (entries) => {
        const records = readRecords(entries.filter(([k]) => k.startsWith(QUEUE_PREFIX))).good;
        const asked = new Set(ids.map(key));
        const wanted = new Set(records.map(([k]) => k).filter((k) => asked.has(k)));
        const byKey = new Map(records);
        const { put, del } = moveToDead(entries, wanted, (k) => ({
          ...(byKey.get(k) as QueueRecord),
          leaseUntil: 0,
          leaseOwner: '',
          reason,
          status,
          deadAt: now(),
        }));
        return { changes: { put, del }, result: undefined };
      });
    },

    expire() {
      return store.transact<unknown, string[]>('', (entries) => {
        const t = now();
        const old = readRecords(entries.filter(([k]) => k.startsWith(QUEUE_PREFIX))).good.filter(
          ([, r]) => r.attempts >= EXPIRE_MIN_ATTEMPTS && t - r.createdAt > EXPIRE_AFTER_MS,
        );
        if (!old.length) return { changes: {}, result: [] };
        const counters = (entries.find(([k]) => k === COUNTERS_KEY)?.[1] as
          | Counters
          | undefined) ?? { expired: 0, deadLettered: 0 };
        return {
          changes: {
            del: old.map(([k]) => k),
            put: [[COUNTERS_KEY, { ...counters, expired: counters.expired + old.length }]],
          },
          result: old.map(([, r]) => r.event.id),
        };
      });
    },

    async stats() {
      const entries = readRecords(await store.entries<unknown>(QUEUE_PREFIX)).good;
      const dead = await store.entries<DeadRecord>(DEAD_PREFIX);
      const counters = await store.get<Counters>(COUNTERS_KEY);
      return {
        expired: counters?.expired ?? 0,
        count: entries.length,
        bytes: entries.reduce((n, [, r]) => n + r.bytes, 0),
        oldest: entries.reduce<number | undefined>(
          (m, [, r]) => (m === undefined || r.createdAt < m ? r.createdAt : m),
          undefined,
        ),
        dead: Math.max(dead.length, counters?.deadLettered ?? 0),
      };
    },
  };
}
