import { describe, expect, it } from 'vitest';
import {
  LEGACY_OUTBOX_KEY,
  markDrained,
  markQueued,
  mayHaveQueued,
  outboxMark,
} from '../../../src/delivery/outbox';
import { createMemoryStore } from '../../../src/storage/memory';

const A = 'https://a.example/v1/events acme';
const B = 'https://b.example/v1/events acme';

describe('the outbox marks', () => {
  it('say nothing waits on a new device, and a returning one is looked at once', async () => {
    const fresh = createMemoryStore();
    expect(await mayHaveQueued(fresh, A, false)).toBe(false);
    // …and the next page view on it knows so, even as a returning visitor.
    expect(await mayHaveQueued(fresh, A, true)).toBe(false);
    const upgraded = createMemoryStore(); // a device an earlier version used: no marks
    expect(await mayHaveQueued(upgraded, A, true)).toBe(true);
    await markDrained(upgraded, A, await outboxMark(upgraded, A));
    expect(await mayHaveQueued(upgraded, A, true)).toBe(false);
  });

  it('say "look" for an append after the look began, and not after a look that covered it', async () => {
    const store = createMemoryStore();
    await markQueued(store, A, 'record-1');
    const before = await outboxMark(store, A); // a look begins…
    await markQueued(store, A, 'record-2'); // …an append lands during it…
    await markDrained(store, A, before); // …and the look found the queue empty
    expect(await mayHaveQueued(store, A, true)).toBe(true);
    await markDrained(store, A, await outboxMark(store, A));
    expect(await mayHaveQueued(store, A, true)).toBe(false);
  });

  it('say "look" after an append on a device whose queue was never looked at', async () => {
    const store = createMemoryStore();
    await markQueued(store, A, 'record-1');
    expect(await mayHaveQueued(store, A, false)).toBe(true);
  });

  it('are kept per endpoint and site: another config finding nothing says nothing of ours', async () => {
    const store = createMemoryStore();
    await markQueued(store, B, 'b-record');
    await markDrained(store, A, await outboxMark(store, A));
    expect(await mayHaveQueued(store, A, true)).toBe(false);
    expect(await mayHaveQueued(store, B, true)).toBe(true);
  });

  it('compare marks, not times: a mark that sorts before the drained one still means "look"', async () => {
    const store = createMemoryStore();
    await markQueued(store, A, 'z-later-record');
    await markDrained(store, A, await outboxMark(store, A));
    await markQueued(store, A, 'a-record-made-after-the-clock-moved-back');
    expect(await mayHaveQueued(store, A, true)).toBe(true);
  });

  it("look while an earlier version's origin-wide stamp is there, until no record of any scope is left", async () => {
    const store = createMemoryStore();
    await markDrained(store, A, await outboxMark(store, A));
    await store.set(LEGACY_OUTBOX_KEY, 1_700_000_000_000); // an earlier version queued something
    await store.set('q/old', { event: { id: 'old' } });
    expect(await mayHaveQueued(store, A, true)).toBe(true);
    await markDrained(store, A, await outboxMark(store, A)); // A's look: the record is B's
    expect(await mayHaveQueued(store, A, true)).toBe(true);
    await store.del(['q/old']); // sent by B's page
    await markDrained(store, B, await outboxMark(store, B));
    expect(await mayHaveQueued(store, A, true)).toBe(false);
  });
});
