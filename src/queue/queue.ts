/**
 * The durable queue of CloudEvents (DESIGN §5). A record's life is
 * `queued → leased (by one owner, until a deadline) → deleted after a 2xx`, or moved to the
 * dead-letter area. Nothing is ever taken out before the endpoint has acknowledged it.
 */

import type { WaypointCloudEvent } from '../transport/envelope';
import { byteLength, toJson } from '../transport/json';
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

/** A queue over `store`. `owner` names this tab's leases; `now` is injectable for tests. */
export function createQueue(
  store: KeyValueStore,
  {
    owner,
    now = Date.now,
    limits = DEFAULT_QUEUE_LIMITS,
  }: { owner: string; now?: () => number; limits?: QueueLimits },
): Queue {
  const update = (ids: string[], change: (r: QueueRecord) => QueueRecord | undefined) => {
    const wanted = new Set(ids.map(key));
    return store.transact<QueueRecord, void>(QUEUE_PREFIX, (entries) => {
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
      return store.transact<QueueRecord, AppendResult>(QUEUE_PREFIX, (entries) => {
        const used = entries.reduce((n, [, r]) => n + r.bytes, 0);
        if (entries.length >= limits.maxEvents || used + bytes > limits.maxBytes) {
          const message = `the queue is full (${entries.length} events, ${used} bytes); no new prompts until it drains`;
          return { changes: {}, result: { ok: false, reason: 'full', message } };
        }
        return { changes: { put: [[key(event.id), record]] }, result: { ok: true, record } };
      });
    },

    lease(limit, leaseMs) {
      return store.transact<QueueRecord, QueueRecord[]>(QUEUE_PREFIX, (entries) => {
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
      const wanted = new Set(ids.map(key));
      return store.transact<QueueRecord | DeadRecord | Counters, void>('', (entries) => {
        const put: Array<[string, DeadRecord | Counters]> = [];
        const del: string[] = [];
        for (const [k, r] of entries) {
          if (!wanted.has(k)) continue;
          const record = r as QueueRecord;
          put.push([
            DEAD_PREFIX + record.event.id,
            { ...record, leaseUntil: 0, leaseOwner: '', reason, status, deadAt: now() },
          ]);
          del.push(k);
        }
        // The dead-letter store stays small: past its cap the oldest go (each was reported).
        const dead = entries.filter(([k]) => k.startsWith(DEAD_PREFIX)).map(([k]) => k);
        del.push(...dead.slice(0, Math.max(0, dead.length + put.length - MAX_DEAD)));
        const counters = (entries.find(([k]) => k === COUNTERS_KEY)?.[1] as
          | Counters
          | undefined) ?? { expired: 0, deadLettered: 0 };
        put.push([COUNTERS_KEY, { ...counters, deadLettered: counters.deadLettered + put.length }]);
        return { changes: { put, del }, result: undefined };
      });
    },

    expire() {
      return store.transact<QueueRecord | Counters, string[]>('', (entries) => {
        const t = now();
        const old = entries.filter(
          (e): e is [string, QueueRecord] =>
            e[0].startsWith(QUEUE_PREFIX) &&
            (e[1] as QueueRecord).attempts >= EXPIRE_MIN_ATTEMPTS &&
            t - (e[1] as QueueRecord).createdAt > EXPIRE_AFTER_MS,
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
      const entries = await store.entries<QueueRecord>(QUEUE_PREFIX);
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
