// Page views of one device, one after another, on one store: what one page leaves queued must be
// sent by a later page of the same config, whatever pages of other configs on the origin did
// in between and however the wall clock moved.
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';
import { prompt, until } from '../helpers/page';

const HOUR = 3_600_000;
const running: Waypoint[] = [];
afterEach(() => {
  for (const wp of running.splice(0)) wp.destroy();
});

type Posted = { id: string; type: string };

/** A wall clock that starts at `at` and runs with real time. */
function ticking(at: number): () => number {
  const began = Date.now();
  return () => at + (Date.now() - began);
}

/** An endpoint that answers `status`, and the events it was sent. */
function endpoint(status: number) {
  const posted: Posted[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    posted.push(...(JSON.parse(String(init.body)) as Posted[]));
    return new Response('{}', { status });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, posted, calls: fetch.mock.calls };
}

/** One page view of `endpointUrl` on the device `store`, its clock starting at `at`. */
function page(
  store: KeyValueStore,
  endpointUrl: string,
  to: ReturnType<typeof endpoint>,
  at?: number,
) {
  const wp = createWaypoint(
    { site: 'acme', endpoint: endpointUrl, limits: { promptsPerSession: 0 } },
    {
      storage: store,
      fetch: to.fetch,
      stage: 'use',
      url: 'https://shop.example.com/account',
      ...(at === undefined ? {} : { now: ticking(at) }),
    },
  );
  running.push(wp);
  return wp;
}

/** Shows a card and dismisses it: two records for the page's endpoint. */
async function showAndDismiss(wp: Waypoint): Promise<void> {
  expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
  fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
}

/** Two records left queued by a page whose endpoint is down. */
async function queueTwo(wp: Waypoint): Promise<void> {
  await showAndDismiss(wp);
  await until(async () => expect((await wp.pending()).count).toBe(2));
}

const B = 'https://b.example.com/v1/events';
const A = 'https://a.example.com/v1/events';

describe('what a page leaves queued', () => {
  it("is sent by its config's next page after a page of another config found nothing of its own", async () => {
    const device = createMemoryStore();
    const down = endpoint(503);
    const b1 = page(device, B, down);
    await queueTwo(b1);
    b1.destroy();

    // A page of config A, same origin: nothing of its own waits, and it says so.
    const a = page(device, A, endpoint(200));
    await a.flush();
    await new Promise((r) => setTimeout(r, 50)); // its note that the queue is empty lands
    a.destroy();

    const up = endpoint(200);
    page(device, B, up);
    await until(() =>
      expect(up.posted.map((e) => e.type).sort()).toEqual([
        'waypoint.prompt.dismissed',
        'waypoint.prompt.shown',
      ]),
    );
  });

  it('is sent after the clock moved back between a page that emptied the queue and the one that queued', async () => {
    const device = createMemoryStore();
    const t = Date.UTC(2026, 11, 7, 12);
    // Page 1 sends what it made: the queue is then empty, noted at t.
    const first = endpoint(200);
    const p1 = page(device, B, first, t);
    await showAndDismiss(p1);
    await until(() => expect(first.posted).toHaveLength(2));
    await p1.flush();
    await new Promise((r) => setTimeout(r, 50));
    p1.destroy();

    // Page 2: the clock is an hour behind, and the endpoint is down.
    const p2 = page(device, B, endpoint(503), t - HOUR);
    await queueTwo(p2);
    p2.destroy();

    // Page 3, still behind page 1's clock: the endpoint is back, and gets both.
    const up = endpoint(200);
    page(device, B, up, t - HOUR + 60_000);
    await until(() => expect(up.posted).toHaveLength(2));
  });
});
