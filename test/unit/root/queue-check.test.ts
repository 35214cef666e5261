// Whether the queue is full is counted by delivery, and only on a device that may hold records:
// a prompt elsewhere never waits for the delivery chunk, and a full queue still refuses one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markQueued } from '../../../src/delivery/outbox';
import { createQueue } from '../../../src/delivery/queue';
import { scopeOf } from '../../../src/delivery/scope';
import { createMemoryStore } from '../../../src/storage/memory';
import { makeEvent } from '../helpers/events';
import { prompt, until } from '../helpers/page';

const config = { site: 'acme', endpoint: 'https://collect.example.com/v1/events' };
const ok = vi.fn(async () => new Response('{}', { status: 200 })) as unknown as typeof fetch;

afterEach(() => {
  vi.doUnmock('../../../src/lazy/chunks');
  vi.resetModules();
  document.querySelector('waypoint-prompt')?.remove();
});

describe('the queue-full check of a prompt', () => {
  it('draws a prompt on a device with nothing queued before delivery has loaded', async () => {
    let arrive: () => void = () => undefined;
    const loadDelivery = vi.fn(async () => {
      await new Promise<void>((r) => {
        arrive = r;
      });
      return import('../../../src/delivery/entry');
    });
    vi.doMock('../../../src/lazy/chunks', async (real) => ({
      ...(await real<typeof import('../../../src/lazy/chunks')>()),
      loadDelivery,
    }));
    const { createWaypoint } = await import('../../../src/root/waypoint');
    const wp = createWaypoint(config, { storage: createMemoryStore(), fetch: ok, stage: 'use' });
    const asked = wp.ask('advocate-nps');
    await until(() => expect(prompt().getByRole('radio', { name: '10' })).toBeTruthy());
    expect(loadDelivery).toHaveBeenCalled(); // readied alongside the card, not waited for
    arrive();
    // "shown" is stored once delivery is in: that is when `ask` gives its event id.
    expect(await asked).toMatchObject({ shown: true });
    wp.destroy();
  });

  it('still refuses a prompt while records an earlier page left fill the queue', async () => {
    const store = createMemoryStore();
    const queue = createQueue(store, { owner: 'earlier-page' });
    for (let i = 0; i < 1000; i++) await queue.append(makeEvent());
    await markQueued(store, scopeOf(config.endpoint, config.site), 'an-earlier-append');
    const { createWaypoint } = await import('../../../src/root/waypoint');
    const failing = vi.fn(async () => new Response('', { status: 503 })) as unknown as typeof fetch;
    const wp = createWaypoint(config, { storage: store, fetch: failing, stage: 'use' });
    const errors: string[] = [];
    wp.on('error', (e) => errors.push(e.code));
    expect(await wp.ask('advocate-nps')).toEqual({ shown: false, reason: 'queue-full' });
    expect(errors).toContain('queue-full');
    wp.destroy();
  });
});
