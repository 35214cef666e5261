// RELIABILITY §14: `Retry-After` and configuration pauses live in storage, so every tab and the
// next page load honour them, and a configuration problem is reported once, not once per tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { createMemoryStore } from '../../../src/storage/memory';
import { fakeFetch, TEST_ENDPOINT, testDelivery } from '../helpers/delivery';
import { makeEvent } from '../helpers/events';

/** One origin: shared storage, and an endpoint answering `status` (with `headers`). */
function origin(status: number, headers: Record<string, string> = {}) {
  const storage = createMemoryStore('indexeddb');
  const server = { status, posts: 0 };
  const { fetch, posts } = fakeFetch(() => server.status, headers);
  const errors: WaypointEvents['error'][] = [];
  const open = async (owner: string) =>
    (await testDelivery({ owner, storage, fetch }, errors)).delivery;
  return {
    server: {
      get posts() {
        return posts.length;
      },
      set status(s: number) {
        server.status = s;
      },
    },
    errors,
    open,
  };
}

describe('pauses shared through storage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a Retry-After one tab was given holds in another tab and in the next page load', async () => {
    const o = origin(429, { 'Retry-After': '120' });
    const one = await o.open('tab-1');
    await one.append(makeEvent());
    await one.flush();
    expect(o.server.posts).toBe(1);
    o.server.status = 200;
    const two = await o.open('tab-2');
    await two.append(makeEvent());
    await two.flush({ force: true });
    one.stop();
    const reloaded = await o.open('tab-1-reloaded');
    await reloaded.flush({ force: true });
    expect(o.server.posts).toBe(1); // nobody sent during the pause
    await vi.advanceTimersByTimeAsync(121_000);
    await reloaded.flush();
    expect((await reloaded.pending()).count).toBe(0);
    two.stop();
    reloaded.stop();
  });

  it('a configuration pause holds in every open tab, and is reported once', async () => {
    const o = origin(404);
    const one = await o.open('tab-1');
    const two = await o.open('tab-2');
    await one.append(makeEvent());
    await one.flush();
    await two.append(makeEvent());
    await two.flush({ force: true });
    expect(o.server.posts).toBe(1);
    expect(o.errors).toHaveLength(1);
    expect((await two.pending()).count).toBe(2);
    one.stop();
    two.stop();
  });

  it('a page loaded during a configuration pause tries once at once (the owner may have fixed it)', async () => {
    const o = origin(403);
    const one = await o.open('tab-1');
    await one.append(makeEvent());
    await one.flush();
    one.stop();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Still refused: one try, paused again, reported again (once) on this page.
      const reloaded = await o.open('tab-1-reloaded');
      await reloaded.flush();
      await reloaded.flush({ force: true });
      expect(o.server.posts).toBe(2);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0])).toContain('403');
      expect(String(log.mock.calls[0])).toContain(TEST_ENDPOINT);
      reloaded.stop();
      // Fixed: the next page sends everything at once.
      o.server.status = 200;
      const fixed = await o.open('tab-1-fixed');
      await fixed.flush();
      expect((await fixed.pending()).count).toBe(0);
      fixed.stop();
    } finally {
      log.mockRestore();
    }
  });

  it('a stored pause absurdly far ahead (the clock moved back) is ignored', async () => {
    const o = origin(429, { 'Retry-After': '3600' });
    const one = await o.open('tab-1');
    await one.append(makeEvent());
    await one.flush();
    one.stop();
    vi.setSystemTime(Date.now() - 400 * 86_400_000);
    o.server.status = 200;
    const later = await o.open('tab-2');
    await later.flush();
    expect((await later.pending()).count).toBe(0);
    later.stop();
  });
});
