import { describe, expect, it } from 'vitest';
import { createQueue } from '../../../src/delivery/queue';
import { createIdbStore } from '../../../src/storage/idb';
import { createLocalStore } from '../../../src/storage/local';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';
import { makeEvent } from '../helpers/events';

const LIMIT = { maxEvents: 50, maxBytes: 64 * 1024 };

// The same contract must hold whichever store the adapter chose.
describe.each<[string, () => KeyValueStore]>([
  ['IndexedDB', () => createIdbStore(`waypoint-test-${Math.random()}`)],
  ['localStorage', () => createLocalStore(localStorage)],
  ['memory', () => createMemoryStore()],
])('the queue over %s', (_name, makeStore) => {
  it('keeps appended events until they are acknowledged', async () => {
    const q = createQueue(makeStore(), { owner: 'tab-a' });
    const events = [makeEvent(), makeEvent(), makeEvent()];
    for (const e of events) expect((await q.append(e)).ok).toBe(true);
    const batch = await q.lease(LIMIT, 30_000);
    expect(batch.map((r) => r.event.id)).toEqual(events.map((e) => e.id));
    expect((await q.stats()).count).toBe(3);
    await q.ack(batch.slice(0, 2).map((r) => r.event.id));
    expect((await q.stats()).count).toBe(1);
  });

  it('never leases one record to two owners while the lease runs', async () => {
    const store = makeStore();
    let t = 1_000_000;
    const a = createQueue(store, { owner: 'tab-a', now: () => t });
    const b = createQueue(store, { owner: 'tab-b', now: () => t });
    await a.append(makeEvent());
    expect(await a.lease(LIMIT, 30_000)).toHaveLength(1);
    expect(await b.lease(LIMIT, 30_000)).toHaveLength(0);
    t += 30_001; // the first owner died mid-send: its lease expires and the record is sent again
    expect(await b.lease(LIMIT, 30_000)).toHaveLength(1);
  });

  it('frees a lease on release and counts a failed send', async () => {
    const q = createQueue(makeStore(), { owner: 'tab-a' });
    const e = makeEvent();
    await q.append(e);
    await q.lease(LIMIT, 30_000);
    await q.release([e.id], true);
    const [again] = await q.lease(LIMIT, 30_000);
    expect(again?.attempts).toBe(1);
  });

  it('moves a rejected event to the dead-letter area, out of the queue', async () => {
    const q = createQueue(makeStore(), { owner: 'tab-a' });
    const e = makeEvent();
    await q.append(e);
    await q.deadLetter([e.id], 'bad', 400);
    expect(await q.stats()).toMatchObject({ count: 0, dead: 1 });
  });

  it('refuses new events when full, and evicts nothing', async () => {
    const q = createQueue(makeStore(), { owner: 'tab-a', limits: { maxEvents: 2, maxBytes: 1e6 } });
    await q.append(makeEvent());
    await q.append(makeEvent());
    const third = await q.append(makeEvent());
    expect(third.ok).toBe(false);
    expect((await q.stats()).count).toBe(2);
  });

  it("sets the append stamp to each stored append's id, and not for a refused one", async () => {
    const store = makeStore();
    const limits = { maxEvents: 1, maxBytes: 1e6 };
    const q = createQueue(store, { owner: 'tab-a', limits, appendStamp: 's/x' });
    expect(await store.get('s/x')).toBeUndefined();
    const stored = makeEvent();
    await q.append(stored);
    expect(await store.get('s/x')).toBe(stored.id);
    expect((await q.append(makeEvent())).ok).toBe(false);
    expect(await store.get('s/x')).toBe(stored.id);
  });

  it('respects the batch byte budget but always sends at least one event', async () => {
    const q = createQueue(makeStore(), { owner: 'tab-a' });
    for (let i = 0; i < 3; i++) await q.append(makeEvent({ text: 'x'.repeat(1000) }));
    const one = await q.lease({ maxEvents: 50, maxBytes: 100 }, 30_000);
    expect(one).toHaveLength(1);
    const two = await q.lease({ maxEvents: 50, maxBytes: 10_000 }, 30_000);
    expect(two).toHaveLength(2);
  });
});
