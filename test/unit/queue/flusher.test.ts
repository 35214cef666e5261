import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/events';
import { createFlusher } from '../../../src/queue/flusher';
import { createQueue } from '../../../src/queue/queue';
import { createMemoryStore } from '../../../src/queue/storage-memory';
import { classify, type SendResult } from '../../../src/transport/send';
import { makeEvent } from '../helpers/events';

/** A fake endpoint: answers each POST with the next status, and stores acknowledged ids. */
function endpoint(statusFor: (ids: string[]) => number) {
  const stored = new Map<string, number>();
  const posts: string[][] = [];
  const send = async (body: string): Promise<SendResult> => {
    const ids = (JSON.parse(body) as Array<{ id: string; sentat: string }>).map((e) => e.id);
    posts.push(ids);
    const status = statusFor(ids);
    if (status < 300) for (const id of ids) stored.set(id, (stored.get(id) ?? 0) + 1);
    return classify(status);
  };
  return { send, stored, posts };
}

async function setup(statusFor: (ids: string[]) => number, count = 3) {
  const queue = createQueue(createMemoryStore(), { owner: 'tab' });
  const events = Array.from({ length: count }, () => makeEvent());
  for (const e of events) await queue.append(e);
  const server = endpoint(statusFor);
  const emitted: Array<[string, WaypointEvents['sent'] | WaypointEvents['error']]> = [];
  const flusher = createFlusher({
    queue,
    send: server.send,
    emit: (n, p) => emitted.push([n, p]),
    random: () => 0.5,
  });
  return { queue, events, server, emitted, flusher };
}

describe('the flusher', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends everything in one batch and deletes it only after the 2xx', async () => {
    const { queue, events, server, emitted, flusher } = await setup(() => 200);
    expect(await flusher.flush()).toEqual({ state: 'idle', pending: 0 });
    expect(server.posts).toEqual([events.map((e) => e.id)]);
    expect((await queue.stats()).count).toBe(0);
    expect(emitted).toEqual([['sent', { ids: events.map((e) => e.id), status: 200 }]]);
  });

  it('stamps sentat on each send without changing the event', async () => {
    let body = '';
    const queue = createQueue(createMemoryStore(), { owner: 'tab' });
    const e = makeEvent();
    await queue.append(e);
    const flusher = createFlusher({
      queue,
      send: async (b) => {
        body = b;
        return classify(200);
      },
      emit: () => undefined,
      now: () => Date.UTC(2026, 10, 22, 14),
    });
    await flusher.flush();
    expect(JSON.parse(body)).toEqual([{ ...e, sentat: '2026-11-22T14:00:00.000Z' }]);
  });

  it('keeps everything on a 5xx and retries on one backoff timer until it is delivered', async () => {
    let fail = 2;
    const { queue, server, flusher } = await setup(() => (fail-- > 0 ? 503 : 200));
    const first = await flusher.flush();
    expect(first.state).toBe('waiting');
    expect((await queue.stats()).count).toBe(3);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect((await queue.stats()).count).toBe(0);
    expect(server.posts).toHaveLength(3);
    expect([...server.stored.values()].every((n) => n === 1)).toBe(true);
  });

  it('splits a rejected batch and dead-letters only the bad event', async () => {
    let badId = '';
    const { queue, events, server, emitted, flusher } = await setup(
      (ids) => (ids.includes(badId) ? 400 : 200),
      5,
    );
    badId = events[3]?.id as string;
    await flusher.flush();
    expect(new Set(server.stored.keys())).toEqual(
      new Set(events.filter((e) => e.id !== badId).map((e) => e.id)),
    );
    expect(await queue.stats()).toMatchObject({ count: 0, dead: 1 });
    const errors = emitted
      .filter(([n]) => n === 'error')
      .map(([, p]) => p as WaypointEvents['error']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.ids).toEqual([badId]);
  });

  it('pauses on 401/403/404, keeps everything and reports once', async () => {
    const { queue, server, emitted, flusher } = await setup(() => 404);
    await flusher.flush();
    await flusher.flush();
    expect(server.posts).toHaveLength(1);
    expect((await queue.stats()).count).toBe(3);
    expect(emitted.filter(([n]) => n === 'error')).toHaveLength(1);
  });

  it('shares one run between concurrent flush calls', async () => {
    const { server, flusher } = await setup(() => 200);
    await Promise.all([flusher.flush(), flusher.flush(), flusher.flush()]);
    expect(server.posts).toHaveLength(1);
  });
});
