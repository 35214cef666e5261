/**
 * What consent withdrawn wipes from the device (DESIGN §6): the visitor id, the journey and the
 * targeting state, from every backend (IndexedDB and the localStorage fallback alike). Queued
 * answers, given with consent, are not the visitor's profile and stay.
 */
import { JOURNEY_KEY } from '../journey/memory';
import type { KeyValueStore } from '../storage/store';
import { delEverywhere } from '../storage/wipe-everywhere';
import { VISITOR_KEY } from '../targeting/visitor';
import { STATE_KEY } from '../targeting/visitor-state';

export function forgetVisitor(store: KeyValueStore): Promise<void> {
  return delEverywhere(store, [VISITOR_KEY, JOURNEY_KEY, STATE_KEY]);
}
