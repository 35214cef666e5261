// Whether anything may wait in the queue, per endpoint and site, without loading the queue.
// Each append writes its record's id to the scope's outbox mark; a look that finds the queue
// empty copies the mark it read before looking to the drained mark. Marks are never times.

import type { KeyValueStore } from '../storage/store';
import { QUEUE_PREFIX } from './records';

export const OUTBOX_PREFIX = 's/outbox/';
export const DRAINED_PREFIX = 's/drained/';
/**
 * The origin-wide stamp of earlier versions (a time): their records may wait for any scope, so
 * while it is there every page looks, until a look finds no record of any scope left.
 */
export const LEGACY_OUTBOX_KEY = 's/outbox';
/** The mark of a scope nothing was ever appended to. */
const NONE = '';

export const outboxKey = (scope: string) => OUTBOX_PREFIX + scope;
const drainedKey = (scope: string) => DRAINED_PREFIX + scope;

/** Marks the scope as an append does (for records stored by other means: tests, tools). */
export function markQueued(store: KeyValueStore, scope: string, id: string): Promise<void> {
  return store.set(outboxKey(scope), id);
}

/** The scope's outbox mark, read before a look at the queue begins. */
export async function outboxMark(store: KeyValueStore, scope: string): Promise<unknown> {
  return (await store.get(outboxKey(scope))) ?? NONE;
}

/** A look that began with `mark` (from `outboxMark`) found nothing of this scope waiting. */
export async function markDrained(
  store: KeyValueStore,
  scope: string,
  mark: unknown,
): Promise<void> {
  await store.set(drainedKey(scope), mark);
  if ((await store.get(LEGACY_OUTBOX_KEY)) === undefined) return;
  if (!(await store.entries(QUEUE_PREFIX)).length) await store.del([LEGACY_OUTBOX_KEY]);
}

/**
 * True unless the last look found the scope's queue empty and nothing was appended since. With
 * no drained mark, only a returning visitor (whose device an earlier version may have queued
 * on) needs a look; a new device has queued nothing.
 */
export async function mayHaveQueued(
  store: KeyValueStore,
  scope: string,
  returning: boolean | Promise<boolean>,
): Promise<boolean> {
  // Asked at once (before `returning` is known), so a page's start-up reads them together.
  const [queued, drained, legacy] = await Promise.all([
    store.get(outboxKey(scope)),
    store.get(drainedKey(scope)),
    store.get(LEGACY_OUTBOX_KEY),
  ]);
  if (legacy !== undefined) return true;
  if (drained === undefined) {
    if ((await returning) || queued !== undefined) return true;
    await markDrained(store, scope, NONE);
    return false;
  }
  return queued !== undefined && queued !== drained;
}
