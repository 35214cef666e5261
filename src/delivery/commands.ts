/**
 * What the core asks of delivery before its chunk may have loaded: `flush`, `pending` and the
 * queue-full rule. Delivery is loaded only when the queue can hold something.
 */
import type { KeyValueStore } from '../storage/store';
import type { PendingReport } from './delivery';
import type { FlushResult } from './flusher';
import { mayHaveQueued } from './outbox';
import type { Sender } from './sender';

/**
 * Whether the queue at `scope` is at its bound. Only delivery can count it, and only a device
 * that may hold records needs it counted: a prompt on any other does not wait for delivery.
 */
export async function isQueueFull(
  store: KeyValueStore,
  scope: string,
  send: () => Promise<Sender>,
): Promise<boolean> {
  const queued = await mayHaveQueued(store, scope, true).catch(() => true);
  return queued && (await send()).delivery.isFull();
}

/** `flush()`: with nothing that may be sent (no consent, storage never opened), idle at once. */
export const flushQueue = (may: boolean, send: () => Promise<Sender>): Promise<FlushResult> =>
  may ? send().then((s) => s.delivery.flush()) : Promise.resolve({ state: 'idle', pending: 0 });

/** `pending()`: before storage was opened on this page, nothing can be counted as waiting. */
export const pendingReport = async (
  started: boolean,
  send: () => Promise<Sender>,
): Promise<PendingReport> =>
  started
    ? (await send()).delivery.pending()
    : { count: 0, oldestAgeMs: undefined, deadLettered: 0, expired: 0 };
