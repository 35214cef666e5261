// What the core asks of delivery before its chunk loads: the queue-full rule and the results of
// `flush` and `pending` when nothing may have been queued on this page.
import { describe, expect, it, vi } from 'vitest';
import { flushQueue, isQueueFull, pendingReport } from '../../../src/delivery/commands';
import { markDrained, markQueued, outboxMark } from '../../../src/delivery/outbox';
import type { Sender } from '../../../src/delivery/sender';
import { createMemoryStore } from '../../../src/storage/memory';

const SCOPE = 'https://c.example/e site';

/** A sender whose delivery answers with the given results, counting how often it was asked. */
function fakeSend(full = true) {
  const delivery = {
    isFull: vi.fn(async () => full),
    flush: vi.fn(async () => ({ state: 'sent', pending: 0 })),
    pending: vi.fn(async () => ({ count: 3, oldestAgeMs: 5, deadLettered: 0, expired: 0 })),
  };
  const send = vi.fn(async () => ({ delivery }) as unknown as Sender);
  return { send, delivery };
}

describe('isQueueFull', () => {
  it('asks delivery when the outbox says records may wait', async () => {
    const store = createMemoryStore();
    await markQueued(store, SCOPE, 'e1');
    const { send } = fakeSend(true);
    expect(await isQueueFull(store, SCOPE, send)).toBe(true);
    expect(send).toHaveBeenCalledOnce();
  });

  it('does not load delivery when the last look found the queue empty', async () => {
    const store = createMemoryStore();
    await markQueued(store, SCOPE, 'e1');
    await markDrained(store, SCOPE, await outboxMark(store, SCOPE));
    const { send } = fakeSend(true);
    expect(await isQueueFull(store, SCOPE, send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks delivery when the outbox cannot be read', async () => {
    const store = createMemoryStore();
    store.get = () => Promise.reject(new Error('gone'));
    const { send } = fakeSend(false);
    expect(await isQueueFull(store, SCOPE, send)).toBe(false);
    expect(send).toHaveBeenCalledOnce();
  });
});

describe('flushQueue', () => {
  it('flushes through delivery when something may be sent', async () => {
    const { send, delivery } = fakeSend();
    expect(await flushQueue(true, send)).toEqual({ state: 'sent', pending: 0 });
    expect(delivery.flush).toHaveBeenCalledOnce();
  });

  it('is idle at once, loading nothing, when nothing may be sent', async () => {
    const { send } = fakeSend();
    expect(await flushQueue(false, send)).toEqual({ state: 'idle', pending: 0 });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('pendingReport', () => {
  it("is delivery's count once storage was opened", async () => {
    const { send } = fakeSend();
    expect((await pendingReport(true, send)).count).toBe(3);
  });

  it('is empty, loading nothing, before storage was opened', async () => {
    const { send } = fakeSend();
    expect(await pendingReport(false, send)).toEqual({
      count: 0,
      oldestAgeMs: undefined,
      deadLettered: 0,
      expired: 0,
    });
    expect(send).not.toHaveBeenCalled();
  });
});
