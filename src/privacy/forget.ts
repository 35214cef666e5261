/**
 * What consent withdrawn wipes from the device (DESIGN §6): the visitor id, the journey and the
 * targeting state, from every backend (IndexedDB and the localStorage fallback alike). Queued
 * answers, given with consent, are not the visitor's profile and stay.
 */
import { JOURNEY_KEY, STATE_KEY, VISITOR_KEY } from '../storage/keys';
import type { KeyValueStore } from '../storage/store';

/** Deletes keys wherever a visit may have kept them (the storage chunk's `delEverywhere`). */
export type Wipe = (store: KeyValueStore, keys: string[]) => Promise<void>;

export function forgetVisitor(store: KeyValueStore, wipe: Wipe): Promise<void> {
  return wipe(store, [VISITOR_KEY, JOURNEY_KEY, STATE_KEY]);
}

/**
 * Consent withdrawn: the visitor is wiped from `device` (if storage was ever opened), and a wipe
 * that fails is reported, never rejected.
 */
export function withdrawConsent(
  device: Promise<KeyValueStore> | undefined,
  error: (code: 'storage', message: string) => void,
  wipe: Wipe,
): void {
  void device
    ?.then((s) => forgetVisitor(s, wipe))
    .catch((e: unknown) => error('storage', `could not wipe the visitor: ${String(e)}`));
}
