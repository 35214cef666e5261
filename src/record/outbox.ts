/**
 * Whether anything may wait in the queue, without loading the queue: each append stamps
 * `s/outbox` in its own transaction (the sender gives the queue this key), and delivery stamps
 * `s/drained` with the time a check that found the queue empty began. A stamp written after that check began means "look again", so a
 * record appended by another tab during the check is never stranded (only, at worst, looked for
 * once more).
 */
import type { KeyValueStore } from '../queue/storage';

export const OUTBOX_KEY = 's/outbox';
export const DRAINED_KEY = 's/drained';

/**
 * Stamps the outbox as an append does. Delivery's appends write this key inside their own
 * transaction (the queue's `appendStamp`); this is for records stored by other means (tests).
 */
export function markQueued(store: KeyValueStore, now: number): Promise<void> {
  return store.set(OUTBOX_KEY, now);
}

/** Called once a queue check that began at `checkedAt` found nothing waiting. */
export function markDrained(store: KeyValueStore, checkedAt: number): Promise<void> {
  return store.set(DRAINED_KEY, checkedAt);
}

/**
 * True unless the last check found the queue empty after the last append. With no stamps at
 * all, only a returning visitor (whose device a version without stamps may have queued on)
 * needs a look; a new device has queued nothing.
 */
export async function mayHaveQueued(
  store: KeyValueStore,
  returning: boolean | Promise<boolean>,
  checkedAt: number,
): Promise<boolean> {
  // Asked at once (before `returning` is known), so a page's start-up reads them together.
  const [queued, drained] = await Promise.all([
    store.get<number>(OUTBOX_KEY),
    store.get<number>(DRAINED_KEY),
  ]);
  if (typeof drained !== 'number') {
    if ((await returning) || typeof queued === 'number') return true;
    // A new device: nothing was queued before this check began.
    await markDrained(store, checkedAt);
    return false;
  }
  return typeof queued === 'number' && queued >= drained;
}
