/**
 * What consent withdrawn wipes from the device (DESIGN §6): the visitor id, the journey and the
 * targeting state, from every backend (IndexedDB and the localStorage fallback alike). Queued
 * answers, given with consent, are not the visitor's profile and stay.
 */
import { JOURNEY_KEY, STATE_KEY, VISITOR_KEY } from '../storage/keys';
import type { KeyValueStore } from '../storage/store';
import { delEverywhere } from '../storage/wipe-everywhere';

export function forgetVisitor(store: KeyValueStore): Promise<void> {
  return delEverywhere(store, [VISITOR_KEY, JOURNEY_KEY, STATE_KEY]);
}

/**
 * Consent withdrawn: the visitor is wiped from `device` (if storage was ever opened), and a wipe
 * that fails is reported, never rejected.
 */
export function withdrawConsent(
  device: Promise<KeyValueStore> | undefined,
  error: (code: 'storage', message: string) => void,
): void {
  void device
    ?.then(forgetVisitor)
    .catch((e: unknown) => error('storage', `could not wipe the visitor: ${String(e)}`));
}
