/**
 * The visitor as known on this device: a random id (none in anonymous mode) and their
 * "Don't ask me again", which is honoured forever on this device (DESIGN §3).
 */

import { VISITOR_KEY } from '../storage/keys';
import type { KeyValueStore } from '../storage/store';

export { VISITOR_KEY };
export const OPT_OUT_KEY = 's/opt-out';

export interface Visitor {
  /** Undefined in anonymous mode (config, or Global Privacy Control). */
  id: string | undefined;
  optedOut: boolean;
}

/** Loads the visitor, creating and saving an id with `newId` unless `anonymous`. */
export async function loadVisitor(
  store: KeyValueStore,
  anonymous: boolean,
  newId: () => string,
): Promise<Visitor> {
  // Asked together, so they share one read (read-batch.ts).
  const [out, stored] = await Promise.all([
    store.get<boolean>(OPT_OUT_KEY),
    anonymous ? undefined : store.get<string>(VISITOR_KEY),
  ]);
  const optedOut = out === true;
  if (anonymous) return { id: undefined, optedOut };
  let id = stored;
  if (typeof id !== 'string' || !id) {
    id = newId();
    await store.set(VISITOR_KEY, id);
  }
  return { id, optedOut };
}

/** Records "Don't ask me again" for this device. */
export function saveOptOut(store: KeyValueStore, visitor: Visitor): Promise<void> {
  visitor.optedOut = true;
  return store.set(OPT_OUT_KEY, true);
}

/** Reads "Don't ask me again" again: another tab may have recorded it since this page loaded. */
export async function refreshOptOut(store: KeyValueStore, visitor: Visitor): Promise<void> {
  if ((await store.get(OPT_OUT_KEY).catch(() => false)) === true) visitor.optedOut = true;
}
