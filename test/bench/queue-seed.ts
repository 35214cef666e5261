// Seeds the widget's queue before the page loads by writing records straight into IndexedDB:
// answering 10,000 prompts through the UI would take hours. The one file to adapt when the
// record shape (delivery/queue.ts `QueueRecord`, in storage/idb.ts's store) changes.

import type { Page } from 'playwright-core';
import { outboxKey } from '../../src/delivery/outbox.ts';
import type { QueueRecord } from '../../src/delivery/queue.ts';
import { QUEUE_PREFIX } from '../../src/delivery/queue.ts';
import { scopeOf } from '../../src/delivery/scope.ts';
import { byteLength, toJson } from '../../src/platform/json.ts';
import { DB_NAME, STORE_NAME } from '../../src/storage/idb.ts';
import { toCloudEvent } from '../../src/transport/capture.ts';

/** One queued answer as the widget would have stored it from an earlier page; id set per copy. */
function template(origin: string): QueueRecord {
  const now = Date.now();
  const event = toCloudEvent({
    id: '',
    now,
    source: origin,
    type: 'waypoint.answer',
    site: 'bench',
    stage: 'use',
    quality: 'operational',
    data: {
      question: { id: 'bench-rating', type: 'rating', text: 'How easy was this page?', version: 1 },
      answer: { value: 4 },
      context: {
        page: '/queue.html',
        locale: 'en',
        session: '0193a4f2-0000-7000-8000-000000000000',
        trigger: 'manual',
        sampleRate: 1,
        journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
        device: 'desktop',
        sdk: 'waypoint/bench',
      },
    },
  });
  const sized = { ...event, id: '0193a4f2-7b1c-7d3e-9a41-000000000000' };
  return {
    event,
    bytes: byteLength(toJson(sized)),
    createdAt: now,
    attempts: 0,
    leaseUntil: 0,
    leaseOwner: '',
  };
}

/**
 * Writes `count` queued records into the page origin's `waypoint` database, 1,000 per
 * transaction. Ids run from `firstId`, so two seeded runs never share an id at the collector
 * (it stores each id once).
 */
export async function seedQueue(page: Page, count: number, firstId = 0): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.evaluate(
    async ({ record, count, firstId, db, store, prefix, outboxKey }) => {
      const open = indexedDB.open(db);
      // What idb-keyval's createStore does on first use: one object store, out-of-line keys.
      open.onupgradeneeded = () => open.result.createObjectStore(store);
      const conn = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (let from = firstId; from < firstId + count; from += 1000) {
        const tx = conn.transaction(store, 'readwrite');
        for (let i = from; i < Math.min(firstId + count, from + 1000); i++) {
          // UUIDv7-shaped ids that sort in creation order, like the widget's.
          const id = `0193a4f2-7b1c-7d3e-9a41-${String(i).padStart(12, '0')}`;
          tx.objectStore(store).put({ ...record, event: { ...record.event, id } }, prefix + id);
        }
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      }
      // The stamp the recorder leaves after an append (src/record/outbox.ts), so the core
      // knows there is something to send without reading the queue.
      const stamp = conn.transaction(store, 'readwrite');
      stamp.objectStore(store).put(`seeded-${firstId}`, outboxKey);
      await new Promise<void>((ok, fail) => {
        stamp.oncomplete = () => ok();
        stamp.onerror = () => fail(stamp.error);
      });
      conn.close();
    },
    {
      record: template(origin),
      count,
      firstId,
      db: DB_NAME,
      store: STORE_NAME,
      prefix: QUEUE_PREFIX,
      // The queue page's config: site "bench", endpoint "/v1/events" on the page's origin.
      outboxKey: outboxKey(scopeOf(`${origin}/v1/events`, 'bench')),
    },
  );
}
