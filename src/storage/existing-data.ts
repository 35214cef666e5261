/**
 * Whether this device may already hold Waypoint's data, found without writing anything:
 * opening a store creates the database and writes a probe key, which must not happen before
 * consent (DESIGN §6) just to look for a cached copy that is not there.
 */
import { DB_NAME } from './keys';

/** False only when neither IndexedDB nor localStorage holds anything of ours. */
export async function mayHoldData(ls?: Storage): Promise<boolean> {
  try {
    const storage = ls ?? globalThis.localStorage;
    for (let i = 0; i < (storage?.length ?? 0); i++)
      if (storage.key(i)?.startsWith('waypoint:')) return true;
  } catch {
    // A sandboxed frame's localStorage getter throws: nothing readable there.
  }
  if (typeof indexedDB === 'undefined') return false;
  try {
    const list = await indexedDB.databases?.();
    // Browsers without `databases()` cannot tell: look, as before.
    return list === undefined || list.some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}
