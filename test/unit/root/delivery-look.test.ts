// Delivery reads the queue at once only when records may wait from an earlier page (the outbox
// stamps say so): a card on a device with nothing queued does not read it for nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markQueued } from '../../../src/delivery/outbox';
import { createQueue } from '../../../src/delivery/queue';
import { scopeOf } from '../../../src/delivery/scope';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';
import { makeEvent } from '../helpers/events';
import { prompt, until } from '../helpers/page';

const config = { site: 'acme', endpoint: 'https://collect.example.com/v1/events' };
const running: Waypoint[] = [];
afterEach(() => {
  for (const wp of running.splice(0)) wp.destroy();
});

/** A memory store that counts the reads of the queue (`q/`), appends included. */
function counting(): { store: KeyValueStore; queueReads: () => number } {
  const inner = createMemoryStore();
  let reads = 0;
  const count = (prefix: string) => {
    if (prefix === 'q/') reads++;
  };
  const store: KeyValueStore = {
    get kind() {
      return inner.kind;
    },
    get: (k) => inner.get(k),
    set: (k, v) => inner.set(k, v),
    del: (k) => inner.del(k),
    entries: (p) => {
      count(p);
      return inner.entries(p);
    },
    transact: (p, decide, read) => {
      count(p);
      return inner.transact(p, decide, read);
    },
  };
  return { store, queueReads: () => reads };
}

const posted = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.flatMap(
    ([, init]) =>
      JSON.parse(String((init as RequestInit).body)) as Array<{
        id: string;
        type: string;
      }>,
  );

/** Waypoint on `store`, posting to an endpoint that takes everything. */
function run(store: KeyValueStore) {
  const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
  const wp = createWaypoint(config, {
    storage: store,
    fetch: fetch as unknown as typeof globalThis.fetch,
    stage: 'use',
  });
  running.push(wp);
  return { wp, fetch };
}

describe('delivery started for a card', () => {
  it('reads the queue only to store "shown" on a device with nothing queued', async () => {
    const { store, queueReads } = counting();
    const { wp, fetch } = run(store);
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    await new Promise((r) => setTimeout(r, 200));
    // One read: the append of "shown" (it counts the queue for its bound). No flush, no count.
    expect(queueReads()).toBe(1);
    expect(fetch).not.toHaveBeenCalled();
    // The dismissal flushes both.
    prompt().getByRole('button', { name: 'Not now' }).click();
    await until(() =>
      expect(posted(fetch).map((e) => e.type)).toEqual([
        'waypoint.prompt.shown',
        'waypoint.prompt.dismissed',
      ]),
    );
  });

  it('still sends at once what an earlier page left, when a card starts delivery first', async () => {
    const store = createMemoryStore();
    const left = makeEvent();
    await createQueue(store, { owner: 'earlier-page' }).append(left);
    await markQueued(store, scopeOf(config.endpoint, config.site), left.id);
    const { wp, fetch } = run(store);
    void wp.ask('advocate-nps'); // the card readies delivery as the start-up finds the stamps
    await until(() => expect(posted(fetch).map((e) => e.id)).toContain(left.id));
    // Nobody answered: the earlier page's record went on its own.
    expect(posted(fetch).some((e) => e.type === 'waypoint.answer' && e.id !== left.id)).toBe(false);
  });
});

describe('createLazySender', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/lazy/chunks');
    vi.resetModules();
  });

  /** The lazy sender over a delivery chunk that records how it was started and looked. */
  async function lazy(loads: Array<'ok' | 'fail'> = []) {
    const started: boolean[] = [];
    const look = vi.fn();
    vi.resetModules(); // the file's static imports loaded the real lazy-sender already
    vi.doMock('../../../src/lazy/chunks', async (real) => ({
      ...(await real<typeof import('../../../src/lazy/chunks')>()),
      loadDelivery: async () => {
        if (loads.shift() === 'fail') throw new Error('offline');
        return {
          startSending: async (o: { look: boolean }) => {
            started.push(o.look);
            return { delivery: {}, record: vi.fn(), look };
          },
        };
      },
    }));
    const { createLazySender } = await import('../../../src/lazy/delivery');
    const sender = createLazySender(async () => createMemoryStore(), {} as never);
    return { sender, started, look };
  }

  it('starts without a look for a card, and looks once when records turn out to wait', async () => {
    const { sender, started, look } = await lazy();
    await sender.get();
    await sender.get(true);
    await sender.get(true);
    await new Promise((r) => setTimeout(r));
    expect(started).toEqual([false]);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('starts with the look when the start-up asks first', async () => {
    const { sender, started, look } = await lazy();
    await sender.get(true);
    await sender.get();
    expect(started).toEqual([true]);
    expect(look).not.toHaveBeenCalled();
  });

  it('still looks on the next start when the first start with a look could not load', async () => {
    const { sender, started } = await lazy(['fail']);
    await expect(sender.get(true)).rejects.toThrow('offline');
    await sender.get(); // a card, later: records from the earlier page still wait
    expect(started).toEqual([true]);
  });
});
