// A page's start-up reads its state from IndexedDB in one transaction: the visitor, the opt-out,
// the journey, the targeting state and the outbox stamps, asked together.
import { describe, expect, it, vi } from 'vitest';
import { createWaypoint } from '../../../src/root/waypoint';

// Asked only by `ask`: no prompt shows by itself, so nothing is queued between the two views.
const config = {
  site: 'acme',
  endpoint: 'https://collect.example.com/v1/events',
  questions: [
    {
      id: 'q',
      quality: 'choice' as const,
      type: 'rating' as const,
      text: 'Rate?',
      trigger: { on: 'manual' as const },
    },
  ],
};
const ok = vi.fn(async () => new Response('{}', { status: 200 })) as unknown as typeof fetch;

/** Starts an instance on the default storage (fake IndexedDB) and waits for its start-up. */
async function pageView() {
  const wp = createWaypoint(config, {
    fetch: ok,
    stage: 'aware',
    url: 'https://shop.example.com/',
  });
  await new Promise((r) => wp.on('ready', r));
  await new Promise((r) => setTimeout(r, 50)); // the outbox check after `ready`
  return wp;
}

describe('a page view start-up', () => {
  it('on a new device, keeps nothing until something is shown: no database is created', async () => {
    const wp = await pageView();
    await new Promise((r) => setTimeout(r, 200));
    expect(await indexedDB.databases()).toEqual([]);
    expect(await wp.ask('q')).toMatchObject({ shown: true });
    await vi.waitFor(async () =>
      expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['waypoint']),
    );
    wp.destroy();
  });

  it('writes a new device at once where an audience needs "returning" remembered', async () => {
    const wp = createWaypoint(
      {
        ...config,
        questions: config.questions.map((q) => ({
          ...q,
          audience: { visitor: 'returning' as const },
        })),
      },
      { fetch: ok, stage: 'aware', url: 'https://shop.example.com/' },
    );
    await new Promise((r) => wp.on('ready', r));
    await vi.waitFor(async () =>
      expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['waypoint']),
    );
    wp.destroy();
  });

  it('reads every key of its state in one transaction on a device seen before', async () => {
    // The first view on this device, which keeps something: a card shown.
    const first = await pageView();
    const shown = new Promise((r) => first.on('shown', r));
    expect(await first.ask('q')).toMatchObject({ shown: true });
    await shown;
    await first.flush(); // sent: the next view has nothing queued to deliver
    first.destroy();
    await new Promise((r) => setTimeout(r, 200)); // whatever it still had on its way
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      const wp = await pageView();
      // One read: the check that IndexedDB answers (it reads and writes) reads the whole state,
      // and the start-up's reads are answered from it.
      expect(getAll).toHaveBeenCalledTimes(1);
      expect(get.mock.calls.map(([k]) => String(k))).toEqual([]);
      wp.destroy();
    } finally {
      get.mockRestore();
      getAll.mockRestore();
    }
  });
});
