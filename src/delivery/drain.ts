/**
 * Tells the next page view that nothing of this scope waits, once a look at the queue found it
 * empty, so an idle page never loads delivery for nothing (see `outbox.ts`).
 */

import type { KeyValueStore } from '../storage/store';
import type { Delivery } from './delivery';
import { markDrained, outboxMark } from './outbox';

export async function noteIfDrained(
  delivery: Delivery,
  store: KeyValueStore,
  scope: string,
): Promise<void> {
  const mark = await outboxMark(store, scope);
  const p = await delivery.pending();
  if (p.count === 0) await markDrained(store, scope, mark);
}
