import { describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { openDelivery } from '../../../src/delivery/delivery';
import { createMemoryStore } from '../../../src/storage/memory';
import { makeEvent } from '../helpers/events';

type Call = { url: string; init: RequestInit };

function setup(status: () => number) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(null, { status: status() });
  }) as unknown as typeof globalThis.fetch;
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const errors: WaypointEvents['error'][] = [];
  const emit = ((name: string, p: WaypointEvents['error']) => {
    if (name === 'error') errors.push(p);
  }) as never;
  const open = () =>
    openDelivery({
      endpoint: 'https://c.example/e',
      owner: 'tab',
      storage: createMemoryStore(),
      fetch,
      now: Date.now,
      random: () => 0.5,
      emit,
      win,
      doc,
      locks: null,
    });
  return { calls, win, doc, errors, open };
}

describe('delivery', () => {
  it('sends what this page appended, as text/plain keepalive, when the page is hidden', async () => {
    let status = 503;
    const { calls, doc, open } = setup(() => status);
    const d = await open();
    const e = makeEvent();
    await d.append(e);
    await d.flush();
    calls.length = 0;
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init).toMatchObject({ keepalive: true, method: 'POST' });
    expect(calls[0]?.init.headers).toBeUndefined();
    expect(JSON.parse(String(calls[0]?.init.body))[0].id).toBe(e.id);
    // Nothing was deleted on the strength of it.
    expect((await d.pending()).count).toBe(1);
    status = 200;
    d.stop();
  });

  it('flushes at once when the browser comes back online, past its own backoff', async () => {
    let status = 503;
    const { calls, win, open } = setup(() => status);
    const d = await open();
    await d.append(makeEvent());
    await d.flush();
    const before = calls.length;
    status = 200;
    win.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect((await d.pending()).count).toBe(0));
    expect(calls.length).toBe(before + 1);
    d.stop();
  });

  it('reports persistence from where records really live', async () => {
    const { open } = setup(() => 200);
    const d = await open();
    expect(d.persistence).toBe('volatile'); // a memory store
    expect(await d.append(makeEvent())).toEqual({ stored: true, persisted: false });
    d.stop();
  });

  it('stops listening on stop()', async () => {
    const { calls, win, doc, open } = setup(() => 503);
    const d = await open();
    await d.append(makeEvent());
    d.stop();
    const before = calls.length;
    win.dispatchEvent(new Event('online'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(calls.length).toBe(before);
  });
});
