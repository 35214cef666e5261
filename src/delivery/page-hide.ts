// The last-chance send when the page is hidden or unloads (RELIABILITY §6): no CORS preflight
// (a `text/plain` JSON body, no custom headers, `keepalive`, chunks within the shared 64 KB),
// and nothing deleted on its strength: the next visit resends and the receiver deduplicates.
import { byteLength } from '../platform/json';
import { batchBody } from './flusher';
import type { QueueRecord } from './queue';

/** One keepalive request's body stays under this (RELIABILITY §6). */
export const CHUNK_MAX_BYTES = 48 * 1024;
/** All keepalive bodies in flight share this budget (Fetch §4.5, "keepalive" quota). */
export const KEEPALIVE_BUDGET_BYTES = 64 * 1024;

/** Groups records into bodies of at most `maxBytes` (a record larger than that goes alone). */
export function chunkRecords(
  records: readonly QueueRecord[],
  sentat: string,
  maxBytes = CHUNK_MAX_BYTES,
): string[] {
  const bodies: string[] = [];
  let current: QueueRecord[] = [];
  for (const r of records) {
    const next = [...current, r];
    if (current.length && byteLength(batchBody(next, sentat)) > maxBytes) {
      bodies.push(batchBody(current, sentat));
      current = [r];
    } else current = next;
  }
  if (current.length) bodies.push(batchBody(current, sentat));
  return bodies;
}

/**
 * Fires keepalive POSTs for `records` without waiting for answers. Stops at the first chunk the
 * browser refuses (a synchronous throw) or that would pass the shared budget.
 * Returns how many chunks were handed to the browser.
 */
export function sendOnPageHide(
  fetchFn: typeof fetch,
  endpoint: string,
  records: readonly QueueRecord[],
  sentat: string,
): number {
  let budget = KEEPALIVE_BUDGET_BYTES;
  let sent = 0;
  for (const body of chunkRecords(records, sentat)) {
    const size = byteLength(body);
    if (size > budget || size > CHUNK_MAX_BYTES) break;
    try {
      // A string body is sent as text/plain;charset=UTF-8: a CORS-safelisted request.
      const p = fetchFn(endpoint, {
        method: 'POST',
        body,
        keepalive: true,
        credentials: 'omit',
        mode: 'cors',
        // The page URL can carry tokens; and a redirect must not carry the batch elsewhere.
        referrerPolicy: 'no-referrer',
        redirect: 'error',
      });
      p?.catch?.(() => undefined); // an unload may cancel it; the next visit resends
    } catch {
      break;
    }
    budget -= size;
    sent++;
  }
  return sent;
}
