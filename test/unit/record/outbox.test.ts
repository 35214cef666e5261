import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/queue/storage-memory';
import { markDrained, markQueued, mayHaveQueued } from '../../../src/record/outbox';

describe('the outbox hint', () => {
  it('says nothing waits on a new device, and a returning one is looked at once', async () => {
    const fresh = createMemoryStore();
    expect(await mayHaveQueued(fresh, false, 100)).toBe(false);
    // …and the next page view on it knows so, even as a returning visitor.
    expect(await mayHaveQueued(fresh, true, 200)).toBe(false);
    const upgraded = createMemoryStore(); // a device an earlier version used: no stamps
    expect(await mayHaveQueued(upgraded, true, 100)).toBe(true);
    await markDrained(upgraded, 100);
    expect(await mayHaveQueued(upgraded, true, 200)).toBe(false);
  });

  it.each([
    ['an append after the check began', 100, 150, true],
    ['an append during the check (same instant)', 100, 100, true],
    ['nothing appended since the check began', 150, 100, false],
  ])('says "look" for %s', async (_name, checkedAt, appendedAt, expected) => {
    const store = createMemoryStore();
    await markQueued(store, 50);
    await markDrained(store, checkedAt);
    await markQueued(store, appendedAt);
    expect(await mayHaveQueued(store, true, 300)).toBe(expected);
  });

  it('says "look" after an append on a device whose queue was never checked', async () => {
    const store = createMemoryStore();
    await markQueued(store, 10);
    expect(await mayHaveQueued(store, false, 300)).toBe(true);
  });
});
