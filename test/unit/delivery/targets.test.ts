// RELIABILITY §13: records know their endpoint. Two configs on one origin (two tenants, staging
// and production) share one IndexedDB, and must never deliver each other's events.
import { describe, expect, it } from 'vitest';
import { type Delivery, openDelivery } from '../../../src/delivery/delivery';
import { createQueue } from '../../../src/delivery/queue';
import { createMemoryStore } from '../../../src/storage/memory';
import type { KeyValueStore } from '../../../src/storage/store';
import { makeEvent } from '../helpers/events';
import { fakeLocks } from '../helpers/fake-locks';

/** One origin's storage and network: what each endpoint URL received. */
function origin() {
  const storage = createMemoryStore('indexeddb');
  const received = new Map<string, string[]>();
  /** The sites in each POST, in order. */
  const sites: string[][] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const events = JSON.parse(String(init.body)) as Array<{ id: string; site: string }>;
    const ids = events.map((e) => e.id);
    sites.push([...new Set(events.map((e) => e.site))]);
    received.set(url, [...(received.get(url) ?? []), ...ids]);
    return new Response(null, { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  const locks = fakeLocks();
  const open = (endpoint: string, site: string | undefined, owner: string, withLocks = true) =>
    openDelivery({
      endpoint,
      ...(site ? { site } : {}),
      owner,
      storage,
      fetch,
      now: Date.now,
      random: () => 0.5,
      emit: () => undefined,
      win: new EventTarget(),
      doc: new EventTarget(),
      locks: withLocks ? locks.forTab(owner) : null,
    });
  return { storage, received, sites, open };
}

const forSite = (site: string) => {
  const e = makeEvent();
  return { ...e, site };
};

describe('two configs on one origin', () => {
  it.each([true, false])(
    'send each record only to the endpoint it was made for (Web Locks: %s)',
    async (withLocks) => {
      const o = origin();
      const prod = await o.open('https://collect.example/prod', 'shop', 'tab-1', withLocks);
      const staging = await o.open('https://collect.example/staging', 'shop', 'tab-2', withLocks);
      const a = forSite('shop');
      const b = forSite('shop');
      await prod.append(a);
      await staging.append(b);
      await prod.flush();
      await staging.flush();
      expect(o.received.get('https://collect.example/prod')).toEqual([a.id]);
      expect(o.received.get('https://collect.example/staging')).toEqual([b.id]);
      prod.stop();
      staging.stop();
    },
  );

  it('keep two sites on one endpoint apart, and each page counts only its own', async () => {
    const o = origin();
    const one = await o.open('https://collect.example/e', 'tenant-a', 'tab-1');
    const two = await o.open('https://collect.example/e', 'tenant-b', 'tab-2');
    const a = forSite('tenant-a');
    const b = forSite('tenant-b');
    await one.append(a);
    await two.append(b);
    expect((await one.pending()).count).toBe(1);
    await one.flush();
    expect(o.received.get('https://collect.example/e')).toContain(a.id);
    await two.flush();
    expect([...(o.received.get('https://collect.example/e') ?? [])].sort()).toEqual(
      [a.id, b.id].sort(),
    );
    // Each POST carried one site's events only.
    for (const s of o.sites) expect(s).toHaveLength(1);
    one.stop();
    two.stop();
  });

  it('deliver a record an older version stored (without its endpoint) for the same site', async () => {
    const o = origin();
    const legacy = forSite('shop');
    await seedLegacy(o.storage, legacy);
    const d: Delivery = await o.open('https://collect.example/e', 'shop', 'tab-1');
    await d.flush();
    expect(o.received.get('https://collect.example/e')).toEqual([legacy.id]);
    d.stop();
  });

  it('send such a record to one endpoint only: the first to lease it claims it', async () => {
    const o = origin();
    const legacy = forSite('shop');
    await seedLegacy(o.storage, legacy);
    const prod = await o.open('https://collect.example/prod', 'shop', 'tab-1');
    const staging = await o.open('https://collect.example/staging', 'shop', 'tab-2');
    await prod.flush();
    await staging.flush();
    const got = [...o.received.values()].flat().filter((id) => id === legacy.id);
    expect(got).toEqual([legacy.id]);
    prod.stop();
    staging.stop();
  });
});

/** A record as version 0.1 wrote it: no endpoint. */
async function seedLegacy(storage: KeyValueStore, event: ReturnType<typeof forSite>) {
  await createQueue(storage, { owner: 'old' }).append(event);
  const key = `q/${event.id}`;
  const { endpoint: _gone, ...old } = (await storage.get<Record<string, unknown>>(key)) ?? {};
  await storage.set(key, old);
}
