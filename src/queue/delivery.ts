/**
 * Delivery as one unit for the composition root: chooses the store, owns the queue and the
 * flusher, and flushes when the browser comes back online. Everything about getting events
 * from this page to the endpoint lives behind this one object.
 */
import type { Emitter } from '../events';
import type { WaypointCloudEvent } from '../transport/envelope';
import { sendBatch } from '../transport/send';
import { createFlusher, type FlushResult } from './flusher';
import { openStorage } from './open-storage';
import { createQueue, DEFAULT_QUEUE_LIMITS } from './queue';
import { type KeyValueStore, persistenceOf } from './storage';

const SEND_TIMEOUT_MS = 15_000;

export interface DeliveryOptions {
  endpoint: string;
  /** Lease owner id for this page (tab). */
  owner: string;
  storage?: KeyValueStore;
  fetch?: typeof fetch;
  now: () => number;
  random: () => number;
  emit: Emitter['emit'];
  /** Where to listen for `online` (the page's window). */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface Delivery {
  readonly store: KeyValueStore;
  readonly persistence: 'durable' | 'volatile';
  /** Stores an event; `stored` is false only when the queue is full or storage failed. */
  append(event: WaypointCloudEvent): Promise<{ stored: boolean; persisted: boolean }>;
  flush(): Promise<FlushResult>;
  pending(): Promise<{ count: number; oldestAgeMs: number | undefined; deadLettered: number }>;
  /** Whether the queue is at its bound (no new prompts until it drains). */
  isFull(): Promise<boolean>;
  stop(): void;
}

/** Opens storage (reporting any fallback as an `error`) and starts delivering. */
export async function openDelivery(o: DeliveryOptions): Promise<Delivery> {
  let store = o.storage;
  if (!store) {
    const opened = await openStorage();
    store = opened.store;
    if (opened.problems.length) {
      o.emit('error', {
        code: 'storage',
        message: `durable storage unavailable (${opened.problems.join('; ')}); using ${store.kind}`,
      });
    }
  }
  const queue = createQueue(store, { owner: o.owner, now: o.now });
  const fetchFn = o.fetch;
  const flusher = createFlusher({
    queue,
    send: (body) =>
      fetchFn
        ? sendBatch({
            fetch: fetchFn,
            endpoint: o.endpoint,
            body,
            timeoutMs: SEND_TIMEOUT_MS,
            now: o.now,
          })
        : Promise.resolve({ kind: 'retry', status: 0, reason: 'fetch is not available' }),
    emit: o.emit,
    now: o.now,
    random: o.random,
  });
  const flush = () =>
    flusher.flush().catch((e): FlushResult => {
      o.emit('error', { code: 'storage', message: `could not read the queue: ${String(e)}` });
      return { state: 'waiting', pending: 0, reason: String(e) };
    });
  const onOnline = () => void flush();
  o.win?.addEventListener('online', onOnline);
  const persistence = persistenceOf(store.kind);
  void flush();

  return {
    store,
    persistence,
    async append(event) {
      const r = await queue.append(event).catch((e: unknown) => ({
        ok: false as const,
        reason: 'storage' as const,
        message: String(e),
      }));
      if (!r.ok)
        o.emit('error', {
          code: r.reason === 'full' ? 'queue-full' : 'storage',
          message: r.message,
          ids: [event.id],
        });
      return { stored: r.ok, persisted: r.ok && persistence === 'durable' };
    },
    flush,
    async pending() {
      const s = await queue.stats();
      return {
        count: s.count,
        oldestAgeMs: s.oldest === undefined ? undefined : o.now() - s.oldest,
        deadLettered: s.dead,
      };
    },
    async isFull() {
      const s = await queue.stats();
      return s.count >= DEFAULT_QUEUE_LIMITS.maxEvents || s.bytes >= DEFAULT_QUEUE_LIMITS.maxBytes;
    },
    stop() {
      flusher.stop();
      o.win?.removeEventListener('online', onOnline);
    },
  };
}
