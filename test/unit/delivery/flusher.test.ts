import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { createFlusher } from '../../../src/delivery/flusher';
import { createQueue } from '../../../src/delivery/queue';
import { createMemoryStore } from '../../../src/storage/memory';
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

  it('sends nothing it leased once stopped meanwhile (consent withdrawn mid-flush)', async () => {
    const { queue, server, flusher } = await setup(() => 200);
    const lease = queue.lease.bind(queue);
    vi.spyOn(queue, 'lease').mockImplementationOnce(async (...a) => {
      const batch = await lease(...a);
      flusher.stop();
      return batch;
    });
    await flusher.flush();
    expect(server.posts).toEqual([]);
  });

  it('shares one run between concurrent flush calls', async () => {
    const { server, flusher } = await setup(() => 200);
    await Promise.all([flusher.flush(), flusher.flush(), flusher.flush()]);
    expect(server.posts).toHaveLength(1);
  });
});

describe('the flusher, over time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("honours a server's Retry-After even when forced, but skips its own backoff when forced", async () => {
    const queue = createQueue(createMemoryStore(), { owner: 'tab' });
    await queue.append(makeEvent());
    let answer: SendResult = classify(429, 30_000);
    let posts = 0;
    const flusher = createFlusher({
      queue,
      send: async () => {
        posts++;
        return answer;
      },
      emit: () => undefined,
      random: () => 0.99,
    });
    await flusher.flush();
    await flusher.flush({ force: true });
    expect(posts).toBe(1); // Retry-After: 30 s holds
    await vi.advanceTimersByTimeAsync(30_000);
    expect(posts).toBe(2); // the timer retried once the pause was over; still 429
    answer = classify(503);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(posts).toBe(3); // our own backoff now (503, no Retry-After)…
    answer = classify(200);
    await flusher.flush({ force: true }); // …which "online" or an answer may skip
    expect(posts).toBe(4);
    expect((await queue.stats()).count).toBe(0);
  });

  it('expires a record only when it is over 30 days old AND has failed three real sends', async () => {
    let t = Date.UTC(2026, 0, 1);
    const queue = createQueue(createMemoryStore(), { owner: 'tab', now: () => t });
    const emitted: string[] = [];
    const flusher = createFlusher({
      queue,
      send: async () => classify(0),
      emit: (n, p) => emitted.push(`${n}:${(p as { message?: string }).message ?? ''}`),
      now: () => t,
      monotonic: () => t, // here real time passes as the clock says
    });
    await queue.append(makeEvent());
    t += 40 * 86_400_000; // a clock jump alone: old, but never failed
    await flusher.flush({ force: true });
    expect((await queue.stats()).count).toBe(1);
    for (let i = 0; i < 3; i++) {
      t += 3_600_000; // failures count at most once an hour: real trying, spread over time
      await flusher.flush({ force: true }); // three real failures (two more after the first)
    }
    expect((await queue.stats()).count).toBe(0);
    expect((await queue.stats()).expired).toBe(1);
    expect(emitted.some((e) => e.startsWith('error:1 event(s) expired'))).toBe(true);
  });

  it('keeps retrying on its timer after the clock jumps back a year', async () => {
    let offset = 0;
    const now = () => Date.now() + offset;
    const queue = createQueue(createMemoryStore(), { owner: 'tab', now });
    await queue.append(makeEvent());
    let ok = false;
    const flusher = createFlusher({
      queue,
      send: async () => classify(ok ? 200 : 503),
      emit: () => undefined,
      now,
      random: () => 0.5,
    });
    await flusher.flush();
    offset = -365 * 86_400_000;
    ok = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await queue.stats()).count).toBe(0);
  });
});

describe('two tabs on one queue', () => {
  it('send each record once, with one flusher at a time', async () => {
    const { fakeLocks } = await import('../helpers/fake-locks');
    const { lockLeadership } = await import('../../../src/delivery/leader');
    const store = createMemoryStore();
    const locks = fakeLocks();
    const server = endpoint(() => 200);
    const tabs = ['a', 'b'].map((owner) => {
      const queue = createQueue(store, { owner });
      return {
        queue,
        flusher: createFlusher({
          queue,
          send: server.send,
          emit: () => undefined,
          leadership: lockLeadership(locks.forTab(owner)),
        }),
      };
    });
    for (let i = 0; i < 120; i++) await tabs[i % 2]?.queue.append(makeEvent());
    await Promise.all([
      tabs[0]?.flusher.flush(),
      tabs[1]?.flusher.flush(),
      tabs[0]?.flusher.flush(),
    ]);
    await tabs[1]?.flusher.flush();
    expect(server.stored.size).toBe(120);
    expect([...server.stored.values()].every((n) => n === 1)).toBe(true);
    expect(server.posts.flat()).toHaveLength(120); // no duplicate POST of any id
    for (const t of tabs) t.flusher.stop();
  });
});

describe('a flush asked for during another', () => {
  it('runs once more afterwards, so an event added as a run ends is not left waiting', async () => {
    const queue = createQueue(createMemoryStore(), { owner: 'tab' });
    await queue.append(makeEvent());
    const sent: string[][] = [];
    const flusher = createFlusher({
      queue,
      send: async (body) => {
        sent.push((JSON.parse(body) as Array<{ id: string }>).map((e) => e.id));
        return classify(200);
      },
      emit: () => undefined,
    });
    // The run has found nothing more to lease and is about to end when an answer is stored
    // and another flush is asked for.
    const late = makeEvent();
    let second: Promise<unknown> | undefined;
    const stats = queue.stats;
    queue.stats = async () => {
      if (!second && sent.length) {
        await queue.append(late);
        second = flusher.flush();
      }
      return stats();
    };
    await flusher.flush();
    await second;
    expect(sent[1]).toEqual([late.id]);
    expect((await stats()).count).toBe(0);
    flusher.stop();
  });
});
