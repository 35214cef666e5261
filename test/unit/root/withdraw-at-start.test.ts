// Consent withdrawn while the start-up is still reading the device (a consent manager's
// `waypoint('consent', false)` replayed from the loader stub): no step already under way may
// write, attach or send afterwards (RELIABILITY §18).
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOURNEY_KEY } from '../../../src/journey/memory';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';
import { VISITOR_KEY } from '../../../src/targeting/visitor';
import { STATE_KEY } from '../../../src/targeting/visitor-state';
import { prompt, until } from '../helpers/page';

const running: Waypoint[] = [];
afterEach(() => {
  for (const wp of running.splice(0)) wp.destroy();
});

function page(store: KeyValueStore, status: number, config: Record<string, unknown> = {}) {
  const fetch = vi.fn(async () => new Response('{}', { status }));
  const wp = createWaypoint(
    { site: 'acme', endpoint: 'https://collect.example.com/v1/events', ...config },
    { storage: store, fetch: fetch as unknown as typeof globalThis.fetch, stage: 'use' },
  );
  running.push(wp);
  return { wp, fetch };
}

/** A store whose reads take a while, as IndexedDB's do on a busy page; writes are listed. */
function slowDevice(inner: KeyValueStore) {
  const writes: string[] = [];
  const later = <T>(p: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => setTimeout(() => p().then(resolve, reject), 20));
  const store: KeyValueStore = {
    get kind() {
      return inner.kind;
    },
    get: (k) => later(() => inner.get(k)),
    entries: (p) => later(() => inner.entries(p)),
    set(k, v) {
      writes.push(k);
      return inner.set(k, v);
    },
    del: (k) => inner.del(k),
    transact(p, decide, read) {
      return later(() =>
        inner.transact(
          p,
          (entries) => {
            const d = decide(entries as never);
            for (const [k] of d.changes.put ?? []) writes.push(k);
            return d;
          },
          read,
        ),
      );
    },
  };
  return { store, writes };
}

describe('consent withdrawn during the start-up', () => {
  it('sends nothing queued earlier and writes no visitor, journey or targeting state', async () => {
    const device = createMemoryStore();
    // An earlier visit, with consent, queued two records while the endpoint was down.
    const earlier = page(device, 503);
    expect(await earlier.wp.ask('advocate-nps')).toMatchObject({ shown: true });
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    await until(async () => expect((await earlier.wp.pending()).count).toBe(2));
    earlier.wp.destroy();

    const { store, writes } = slowDevice(device);
    const now = page(store, 200);
    now.wp.consent(false); // replayed from the stub as soon as the runtime exists
    await new Promise((r) => setTimeout(r, 500));

    expect(now.fetch).not.toHaveBeenCalled();
    expect(writes.filter((k) => !k.startsWith('s/probe'))).toEqual([]);
    for (const key of [VISITOR_KEY, JOURNEY_KEY, STATE_KEY])
      expect(await device.get(key)).toBeUndefined();
    // The answers given with consent stay on the device, unsent.
    expect((await device.entries('q/')).length).toBe(2);
    // …and a stage change afterwards is not remembered either.
    now.wp.stage('support');
    await new Promise((r) => setTimeout(r, 100));
    expect(await device.get(JOURNEY_KEY)).toBeUndefined();
  });
});
