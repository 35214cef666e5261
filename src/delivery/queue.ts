/**
 * The durable queue of CloudEvents (DESIGN §5). A record's life is
 * `queued → leased (by one owner, until a deadline) → deleted after a 2xx`, or moved to the
 * dead-letter area. Nothing is ever taken out before the endpoint has acknowledged it.
 */

import { byteLength, toJson } from '../platform/json';
import type { KeyValueStore, ReadLimit } from '../storage/store';
import type { WaypointCloudEvent } from '../transport/envelope';
import { countersIn, moveToDead } from './dead-letter';
import { readRecords } from './record-shape';
import {
  belongsTo,
  COUNTERS_KEY,
  type Counters,
  DEAD_PREFIX,
  DEFAULT_QUEUE_LIMITS,
  EXPIRE_AFTER_MS,
  EXPIRE_MIN_ATTEMPTS,
  FAILURE_SPACING_MS,
  isFull,
  QUEUE_PREFIX,
  type QueueLimits,
  type QueueRecord,
  type Target,
} from './records';

export * from './records';

export type AppendResult =
  | { ok: true; record: QueueRecord }
  | { ok: false; reason: 'full'; message: string };

/** A batch's budget: `maxBytes` bounds the JSON array as sent, `recordOverhead` per record
 * included. */
export interface LeaseLimit {
  maxEvents: number;
  maxBytes: number;
  /** Bytes each record gains on the wire (the `sentat` stamp). */
  recordOverhead?: number;
}

export interface Queue {
  append(event: WaypointCloudEvent): Promise<AppendResult>;
  /** Leases free records of this queue's target, oldest first, in one atomic step. */
  lease(limit: LeaseLimit, leaseMs: number): Promise<QueueRecord[]>;
  /** Deletes records the endpoint acknowledged. */
  ack(ids: string[]): Promise<void>;
  /** Frees leased records; `failed` counts a real failed send (at most one per hour). */
  release(ids: string[], failed: boolean): Promise<void>;
  /** Moves records the endpoint rejected to the dead-letter area. */
  deadLetter(ids: string[], reason: string, status: number): Promise<void>;
  /**
   * Deletes this target's records over 30 days old that have also failed at least three real
   * sends, and counts them. A clock jump alone never expires anything: the failures must be real.
   */
  expire(): Promise<string[]>;
  /** This target's records; `full` is the origin-wide bound. */
  stats(): Promise<{
    count: number;
    bytes: number;
    oldest: number | undefined;
    dead: number;
    expired: number;
    full: boolean;
  }>;
}

export interface QueueOptions {
  /** Names this tab's leases. */
  owner: string;
  now?: () => number;
  limits?: QueueLimits;
  /** The endpoint (and site) this queue sends for; records of others are left alone. */
  target?: Target;
  /** Hears the keys of stored values that were not records, once each, after they were moved. */
  onBadRecords?: (keys: string[]) => void;
  /**
   * A key set to each appended event's id inside the append's own atomic step (the outbox
   * mark), so a stored record never lacks it and no second write follows the append.
   */
  appendStamp?: string;
}

const key = (id: string) => QUEUE_PREFIX + id;
const VALUES_ONLY: ReadLimit = { valuesOnly: true };
const inQueue = (entries: Array<[string, unknown]>) =>
  readRecords(entries.filter(([k]) => k.startsWith(QUEUE_PREFIX))).good;
const sum = (records: Array<[string, QueueRecord]>) => records.reduce((n, [, r]) => n + r.bytes, 0);

/** A queue over `store`. `now` is injectable for tests. */
export function createQueue(
  store: KeyValueStore,
  {
    owner,
    now = Date.now,
    limits = DEFAULT_QUEUE_LIMITS,
    target,
    onBadRecords,
    appendStamp,
  }: QueueOptions,
): Queue {
  const mine = ([, r]: [string, QueueRecord]) => belongsTo(r, target);

  /**
   * Runs `decide` over the records under `q/` (all, or the first `read.limit` stored values,
   * whose number `decide` hears as `seen`); values that are not records are set aside.
   */
  async function transactRecords<R>(
    decide: (
      all: Array<[string, QueueRecord]>,
      seen: number,
    ) => {
      changes: { put?: Array<[string, unknown]>; del?: string[] };
      result: R;
    },
    read?: ReadLimit,
  ): Promise<R> {
    let bad: string[] = [];
    const result = await store.transact<unknown, R>(
      QUEUE_PREFIX,
      (entries) => {
        const split = readRecords(entries);
        bad = split.bad;
        return decide(split.good, entries.length);
      },
      read,
    );
    // Setting bad values aside is a side task: if it fails, the next read tries again, and the
    // operation that found them (a lease already written) must still report its result.
    // A read of values only knows no keys: the next lease sets them aside.
    if (bad.length && !read?.valuesOnly) await quarantine(bad).catch(() => undefined);
    return result;
  }

  async function quarantine(keys: string[]): Promise<void> {
    const moved = await store.transact<unknown, string[]>('', (entries) => {
      const reason = 'a stored record of the wrong shape';
      const dead = (_k: string, raw: unknown) => ({ raw, reason, status: 0, deadAt: now() });
      const { put, del, moved } = moveToDead(entries, new Set(keys), dead);
      return { changes: { put, del }, result: moved };
    });
    if (moved.length) onBadRecords?.(moved);
  }

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
        ...(target ? { endpoint: target.endpoint } : {}),
      };
      // The bound needs only the records' sizes: no keys, one IndexedDB request fewer.
      return transactRecords<AppendResult>((all) => {
        const used = sum(all);
        if (all.length >= limits.maxEvents || used + bytes > limits.maxBytes) {
          const message = `the queue is full (${all.length} events, ${used} bytes); no new prompts until it drains`;
          return { changes: {}, result: { ok: false, reason: 'full', message } };
        }
        const put: Array<[string, unknown]> = [[key(event.id), record]];
        if (appendStamp) put.push([appendStamp, event.id]);
        return { changes: { put }, result: { ok: true, record } };
      }, VALUES_ONLY);
    },

    async lease(limit, leaseMs) {
      const overhead = limit.recordOverhead ?? 0;
      /** The batch from `all`, or undefined when records past the `read` seen may belong in it. */
      const pick = (all: Array<[string, QueueRecord]>, seen: number, read: number) => {
        const t = now();
        const taken: QueueRecord[] = [];
        let size = 2; // the array's brackets
        let full = false;
        for (const [, r] of all) {
          if (!belongsTo(r, target)) continue;
          // A lease far in the future means the clock moved back: treat it as expired.
          const leased = r.leaseUntil > t && r.leaseUntil - t <= leaseMs;
          if (leased) continue;
          const cost = r.bytes + overhead + (taken.length ? 1 : 0); // and a comma
          full =
            taken.length >= limit.maxEvents || (taken.length > 0 && size + cost > limit.maxBytes);
          if (full) break;
          // A record from before records knew their endpoint is claimed by the first to lease it,
          // so it goes to one endpoint only.
          const claim = target && r.endpoint === undefined ? { endpoint: target.endpoint } : {};
          taken.push({ ...r, ...claim, leaseUntil: t + leaseMs, leaseOwner: owner });
          size += cost;
        }
        // Fewer than asked: the end of the queue. More: a store that ignores limits gave all.
        if (!full && taken.length < limit.maxEvents && seen === read) return undefined;
        return taken;
      };
      // A batch's worth of reading, not the whole queue (O(n²) over a flush otherwise). Records
      // this queue may not take (another tab's lease, another endpoint's, bad values) can push
      // the batch further back: then twice as far, in a new atomic step.
      // `| 0`: a whole number IndexedDB takes as a count, whatever `maxEvents` is.
      for (let read = Math.max(1, limit.maxEvents | 0); ; read *= 2) {
        const taken = await transactRecords<QueueRecord[] | undefined>(
          (all, seen) => {
            const batch = pick(all, seen, read);
            return { changes: { put: batch?.map((r) => [key(r.event.id), r]) }, result: batch };
          },
          { limit: read },
        );
        if (taken) return taken;
      }
    },

    ack: (ids) => (ids.length ? store.del(ids.map(key)) : Promise.resolve()),

    release(ids, failed) {
      const wanted = new Set(ids.map(key));
      return transactRecords<void>((all) => {
        const t = now();
        const put: Array<[string, QueueRecord]> = [];
        for (const [k, r] of all) {
          if (!wanted.has(k) || r.leaseOwner !== owner) continue;
          // Forward only: a failure stamped after the clock moved back is not "hours later".
          const counts =
            failed && (r.failedAt === undefined || t - r.failedAt >= FAILURE_SPACING_MS);
          const next = { ...r, leaseUntil: 0, leaseOwner: '' };
          put.push([k, counts ? { ...next, attempts: r.attempts + 1, failedAt: t } : next]);
        }
        return { changes: { put }, result: undefined };
      });
    },

    deadLetter(ids, reason, status) {
      const asked = new Set(ids.map(key));
      return store.transact<unknown, void>('', (entries) => {
        const byKey = new Map(inQueue(entries).filter(([k]) => asked.has(k)));
        const dead = (k: string) => ({
          ...(byKey.get(k) as QueueRecord),
          leaseUntil: 0,
          leaseOwner: '',
          reason,
          status,
          deadAt: now(),
        });
        const { put, del } = moveToDead(entries, new Set(byKey.keys()), dead);
        return { changes: { put, del }, result: undefined };
      });
    },

    expire() {
      return store.transact<unknown, string[]>('', (entries) => {
        const t = now();
        const old = inQueue(entries)
          .filter(mine)
          .filter(
            ([, r]) => r.attempts >= EXPIRE_MIN_ATTEMPTS && t - r.createdAt > EXPIRE_AFTER_MS,
          );
        if (!old.length) return { changes: {}, result: [] };
        const counters = countersIn(entries);
        const next: Counters = { ...counters, expired: counters.expired + old.length };
        return {
          changes: { del: old.map(([k]) => k), put: [[COUNTERS_KEY, next]] },
          result: old.map(([, r]) => r.event.id),
        };
      });
    },

    async stats() {
      const all = readRecords(await store.entries<unknown>(QUEUE_PREFIX)).good;
      const own = all.filter(mine);
      const dead = await store.entries<unknown>(DEAD_PREFIX);
      const counters = countersIn([[COUNTERS_KEY, await store.get<Counters>(COUNTERS_KEY)]]);
      return {
        expired: counters.expired,
        count: own.length,
        bytes: sum(own),
        oldest: own.reduce<number | undefined>(
          (m, [, r]) => (m === undefined || r.createdAt < m ? r.createdAt : m),
          undefined,
        ),
        dead: Math.max(dead.length, counters.deadLettered),
        full: isFull(all.length, sum(all), limits),
      };
    },
  };
}
