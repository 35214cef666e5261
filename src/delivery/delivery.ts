/**
 * Delivery as one unit for the composition root: chooses the store, owns the queue and the
 * flusher, flushes when the browser comes back online, and makes a last-chance send when the
 * page is hidden. Everything about getting events from this page to the endpoint lives here.
 */

import type { Emitter } from '../contract/events';
import { getDocument, getWindow, isOffline } from '../platform/env';
import { type KeyValueStore, persistenceOf } from '../storage/store';
import type { WaypointCloudEvent } from '../transport/envelope';
import { type SendResult, sendBatch } from '../transport/send';
import { batchBody, createFlusher, type FlushResult, LEASE_MS } from './flusher';
import {
  LEADER_KEY,
  LOCK_NAME,
  type LockManagerLike,
  lockLeadership,
  storeLeadership,
} from './leader';
import { sendOnPageHide } from './page-hide';
import { createQueue, QUEUE_PREFIX, type QueueRecord } from './queue';
import { absoluteEndpoint, scopeOf } from './scope';
import { PAUSE_KEY, sharedPause } from './shared-pause';

const SEND_TIMEOUT_MS = 15_000;

type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface DeliveryOptions {
  endpoint: string;
  /**
   * The config's site. With it, records are kept apart per endpoint **and** site, so two
   * configs on one origin never deliver each other's events; without it, per endpoint only.
   */
  site?: string;
  /** Lease owner id for this page (tab). */
  owner: string;
  /**
   * The page's store, already opened (`openStorage`: IndexedDB → localStorage → memory, with
   * failover). Opened by the core, not here, so the delivery chunk carries no storage backends.
   */
  storage: KeyValueStore;
  fetch?: typeof fetch;
  now: () => number;
  random: () => number;
  emit: Emitter['emit'];
  /** The window (`online`, `pagehide`) and document (`visibilitychange`); default: the page's. */
  win?: Target;
  doc?: Target & { visibilityState?: string };
  /** Default `navigator.locks`; `null` or missing: a leadership record in storage. */
  locks?: LockManagerLike | null;
  /** Whether the browser is offline (such failures do not count); default `navigator.onLine`. */
  isOffline?: () => boolean;
  /** A clock the wall clock cannot move; default `performance.now()`. */
  monotonic?: () => number;
  /** Read before a flush looks for what is left; called if nothing was (the flusher's). */
  idleMark?: () => Promise<() => void>;
  /** A key each append sets to its event's id, in the append's own atomic step (the queue's). */
  appendStamp?: string;
  /**
   * Flush what waits at once (the default). False when the caller knows nothing was queued
   * before this page (its outbox stamps say so): a card's records are flushed when answered or
   * dismissed, or sent on page hide, and nothing reads the queue for nothing meanwhile.
   */
  flushAtStart?: boolean;
}

/** What waits to be delivered, and what was given up on (and reported). */
export interface PendingReport {
  count: number;
  /** Age of the oldest waiting event in ms, or undefined when none waits. */
  oldestAgeMs: number | undefined;
  /** Rejected by the endpoint and moved to the dead-letter store. */
  deadLettered: number;
  /** Over 30 days old after at least 3 failed sends. */
  expired: number;
}

export interface Delivery {
  readonly store: KeyValueStore;
  /** `durable` while answers survive a reload; `volatile` once only memory is left. */
  readonly persistence: 'durable' | 'volatile';
  /** Stores an event; `stored` is false only when the queue is full. */
  append(event: WaypointCloudEvent): Promise<{ stored: boolean; persisted: boolean }>;
  /** Flushes now; by default past our own backoff (never past Retry-After or a config pause). */
  flush(options?: { force?: boolean }): Promise<FlushResult>;
  pending(): Promise<PendingReport>;
  /** Whether the queue is at its bound (no new prompts until it drains). */
  isFull(): Promise<boolean>;
  stop(): void;
}

/** Starts delivering from the page's store. */
export async function openDelivery(o: DeliveryOptions): Promise<Delivery> {
  const store = o.storage;
  const target = {
    endpoint: absoluteEndpoint(o.endpoint),
    ...(o.site === undefined ? {} : { site: o.site }),
  };
  // One flusher per target, not per origin: another config's sends must not hold ours up.
  const scope = scopeOf(target.endpoint, o.site);
  const queue = createQueue(store, {
    owner: o.owner,
    target,
    now: o.now,
    ...(o.appendStamp ? { appendStamp: o.appendStamp } : {}),
    onBadRecords: (keys) =>
      o.emit('error', {
        code: 'storage',
        message: `${keys.length} stored record(s) of the wrong shape (another version or script?) were moved to the dead-letter store`,
        ids: keys.map((k) => k.slice(QUEUE_PREFIX.length)),
      }),
  });
  const fetchFn = o.fetch;
  const win = o.win ?? getWindow();
  const doc = o.doc ?? getDocument();
  const locks =
    o.locks ??
    (typeof navigator === 'undefined'
      ? undefined
      : (navigator as { locks?: LockManagerLike }).locks);
  const post = (body: string): Promise<SendResult> =>
    fetchFn
      ? sendBatch({
          fetch: fetchFn,
          endpoint: o.endpoint,
          body,
          timeoutMs: SEND_TIMEOUT_MS,
          now: o.now,
        })
      : Promise.resolve({ kind: 'retry', status: 0, reason: 'fetch is not available' });
  const flusher = createFlusher({
    queue,
    send: post,
    emit: (name, payload) => {
      // Records this page still holds for the page-hide send leave once delivered or given up.
      for (const id of payload.ids ?? []) recent.delete(id);
      o.emit(name, payload);
    },
    leadership: locks
      ? lockLeadership(locks, `${LOCK_NAME} ${scope}`)
      : storeLeadership(store, o.owner, LEASE_MS, o.now, `${LEADER_KEY}/${scope}`),
    now: o.now,
    random: o.random,
    isOffline: o.isOffline ?? isOffline,
    ...(o.monotonic ? { monotonic: o.monotonic } : {}),
    sharedPause: sharedPause(store, `${PAUSE_KEY}/${scope}`, o.now),
    ...(o.idleMark ? { idleMark: o.idleMark } : {}),
    // Said on the console too: a site owner whose endpoint refuses every answer must see it.
    onConfigPause: (reason) =>
      console.error(
        '[waypoint]',
        `${target.endpoint}: ${reason}. Sending is paused for an hour (a page load tries once); nothing is lost.`,
      ),
  });
  // What this page appended and has not seen acknowledged: page hide must send synchronously,
  // with no time to read storage.
  const recent = new Map<string, QueueRecord>();

  const flush = (options: { force?: boolean } = { force: true }) =>
    flusher.flush(options).catch((e): FlushResult => {
      o.emit('error', { code: 'storage', message: `could not read the queue: ${String(e)}` });
      return { state: 'waiting', pending: 0, reason: String(e) };
    });
  const onOnline = () => void flush({ force: true });
  const onHide = (e: Event) => {
    if (e.type === 'visibilitychange' && doc?.visibilityState !== 'hidden') return;
    // An endpoint that asked for quiet, or cannot take the batch, gets no last-chance send either.
    if (!fetchFn || !recent.size || flusher.holding()) return;
    sendOnPageHide(fetchFn, o.endpoint, [...recent.values()], new Date(o.now()).toISOString());
  };
  win?.addEventListener('online', onOnline);
  win?.addEventListener('pagehide', onHide);
  doc?.addEventListener('visibilitychange', onHide);
  if (o.flushAtStart ?? true) void flush({ force: false });

  return {
    store,
    get persistence() {
      return persistenceOf(store.kind);
    },
    async append(event) {
      const r = await queue.append(event);
      if (!r.ok) {
        o.emit('error', { code: 'queue-full', message: r.message, ids: [event.id] });
        // Full, and evicting is never an option: try to deliver this one at once instead.
        void post(batchBody([{ event } as QueueRecord], new Date(o.now()).toISOString()));
        return { stored: false, persisted: false };
      }
      recent.set(event.id, r.record);
      return { stored: true, persisted: persistenceOf(store.kind) === 'durable' };
    },
    flush,
    async pending() {
      const s = await queue.stats();
      return {
        count: s.count,
        oldestAgeMs: s.oldest === undefined ? undefined : o.now() - s.oldest,
        deadLettered: s.dead,
        expired: s.expired,
      };
    },
    isFull: async () => (await queue.stats()).full,
    stop() {
      flusher.stop();
      win?.removeEventListener('online', onOnline);
      win?.removeEventListener('pagehide', onHide);
      doc?.removeEventListener('visibilitychange', onHide);
    },
  };
}
