// RELIABILITY §12: trust nothing read back. A stored record of the wrong shape (`null`, another
// version's, another script's) is moved to the dead-letter store with an `error`; it never fails
// the backend over, and never blocks the records next to it.
import { describe, expect, it } from 'vitest';
import { createQueue } from '../../../src/delivery/queue';
import { createIdbStore } from '../../../src/storage/idb';
import { createMemoryStore } from '../../../src/storage/memory';
import { createResilientStore } from '../../../src/storage/resilient';
import type { KeyValueStore } from '../../../src/storage/store';
import { fakeFetch, testDelivery } from '../helpers/delivery';
import { makeEvent } from '../helpers/events';

const LIMIT = { maxEvents: 50, maxBytes: 64 * 1024 };

/** IndexedDB behind the resilient store, as in the browser, with every switch recorded. */
function store() {
  const idb = createIdbStore(`waypoint-test-${Math.random()}`);
  const switches: string[] = [];
  const s = createResilientStore(
    [
      { kind: 'indexeddb', open: () => idb },
      { kind: 'memory', open: () => createMemoryStore() },
    ],
    (from, to) => switches.push(`${from}→${to}`),
  );
  return { idb, store: s, switches };
}

/** What other code may have left under the queue's prefix. */
async function seedBad(s: KeyValueStore) {
  await s.set('q/zz-null', null);
  await s.set('q/zz-foreign', { id: 'x', payload: '<xml/>', v: 9 });
  await s.set('q/zz-string', 'not a record');
  await s.set('q/zz-no-event', { bytes: 10, createdAt: 0, attempts: 0 });
}

describe('the queue reading records of the wrong shape', () => {
  it('leases the good records and dead-letters the bad ones, without failing over', async () => {
    const { idb, store: s, switches } = store();
    const bad: string[] = [];
    const q = createQueue(s, { owner: 'tab', onBadRecords: (keys) => bad.push(...keys) });
    const good = [makeEvent(), makeEvent()];
    await q.append(good[0] as never);
    await seedBad(idb);
    await q.append(good[1] as never);
    const batch = await q.lease(LIMIT, 30_000);
    expect(batch.map((r) => r.event.id)).toEqual(good.map((e) => e.id));
    expect(bad.sort()).toEqual(['q/zz-foreign', 'q/zz-no-event', 'q/zz-null', 'q/zz-string']);
    expect(switches).toEqual([]);
    expect(s.kind).toBe('indexeddb');
    const stats = await q.stats();
    expect(stats).toMatchObject({ count: 2, dead: 4 });
    expect(Number.isFinite(stats.bytes)).toBe(true);
  });

  it('survives bad records in every operation: append, release, dead-letter, expire, stats', async () => {
    const { idb, store: s, switches } = store();
    const q = createQueue(s, { owner: 'tab' });
    await seedBad(idb);
    const e = makeEvent();
    expect((await q.append(e)).ok).toBe(true);
    await seedBad(idb);
    await q.release([e.id], true);
    await seedBad(idb);
    expect(await q.expire()).toEqual([]);
    await seedBad(idb);
    await q.deadLetter(['nothing'], 'bad', 400);
    await seedBad(idb);
    expect((await q.stats()).count).toBe(1);
    expect(switches).toEqual([]);
  });

  it('keeps a record whose `bytes` is missing, and the size bound stays a number', async () => {
    const { idb, store: s } = store();
    const q = createQueue(s, { owner: 'tab', limits: { maxEvents: 10, maxBytes: 1e6 } });
    const e = makeEvent();
    await q.append(e);
    const stored = (await idb.get<Record<string, unknown>>(`q/${e.id}`)) ?? {};
    delete stored.bytes;
    await idb.set(`q/${e.id}`, stored);
    expect(Number.isFinite((await q.stats()).bytes)).toBe(true);
    expect((await q.append(makeEvent())).ok).toBe(true);
    expect((await q.lease(LIMIT, 30_000)).map((r) => r.event.id)).toContain(e.id);
  });

  it('reports each bad record once as a storage error, and delivers the good ones', async () => {
    const { idb, store: s, switches } = store();
    const { fetch, posts } = fakeFetch();
    const e = makeEvent();
    await createQueue(s, { owner: 'old' }).append(e);
    await seedBad(idb);
    const { delivery: d, errors } = await testDelivery({ storage: s, fetch });
    await d.flush();
    await d.flush();
    expect(posts.flatMap((p) => p.ids)).toEqual([e.id]);
    expect(errors.map((x) => x.code)).toEqual(['storage']);
    expect(errors[0]?.message).toMatch(/4 stored record/);
    expect(await d.pending()).toMatchObject({ count: 0, deadLettered: 4 });
    expect(switches).toEqual([]);
    d.stop();
  });
});

describe('the resilient store and errors that are not the storage’s', () => {
  it('does not fail over when the caller’s own decision throws', async () => {
    const { store: s, switches } = store();
    await expect(
      s.transact('q/', () => {
        throw new TypeError('a bug in the caller');
      }),
    ).rejects.toThrow('a bug in the caller');
    expect(switches).toEqual([]);
    expect(s.kind).toBe('indexeddb');
  });
});
