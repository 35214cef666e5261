// One world for the chaos property test: a shared "IndexedDB", a localStorage that may throw, a
// collector with two endpoints on one origin, a network, and one browser's tabs, with or without
// Web Locks. Every random choice comes from a fast-check seed, so a failing history replays.
import { vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { carryBack } from '../../../src/delivery/carry-back';
import type { Delivery } from '../../../src/delivery/delivery';
import { LEGACY_OUTBOX_KEY, mayHaveQueued } from '../../../src/delivery/outbox';
import { absoluteEndpoint, scopeOf } from '../../../src/delivery/scope';
import { startSending } from '../../../src/delivery/sender';
import {
  MAX_SHARED_PAUSE_MS,
  PAUSE_KEY,
  type StoredPause,
} from '../../../src/delivery/shared-pause';
import { gateWrites } from '../../../src/privacy/gated-store';
import { createMemoryStore } from '../../../src/storage/memory';
import { type Backend, createResilientStore } from '../../../src/storage/resilient';
import type { KeyValueStore } from '../../../src/storage/store';
import { makeEvent } from './events';
import { fakeLocks } from './fake-locks';
import { type FaultyStore, faulty } from './faulty-store';
import { seeded } from './seeded';

export const ENDPOINTS = ['https://c.example/prod', 'https://c.example/staging'] as const;
export type Mode = 'ok' | '500' | '429' | 'hang' | 'reset' | 'redirect';
export type Corruption = 'null' | 'foreign' | 'legacy';

export type PageBackend = 'indexeddb' | 'localstorage';

export interface Tab {
  owner: string;
  /** Where the page keeps its data: IndexedDB, or the localStorage fallback when it failed. */
  backend: PageBackend;
  endpoint: string;
  alive: boolean;
  /** Consent was withdrawn on this page: from then on it may write and send nothing. */
  withdrawn: boolean;
  delivery: Delivery;
  storage: FaultyStore;
}

/**
 * A fresh world. Without Web Locks, leadership falls back to a record in storage. A tab starts as
 * a page does: its outbox marks decide whether it looks at the queue, and consent may be
 * withdrawn at any step of that start.
 */
export async function world(options: { withLocks: boolean; lsThrows: boolean; seed: number }) {
  const random = seeded(options.seed);
  const locks = fakeLocks();
  const idb = new Map<string, unknown>();
  const ls = new Map<string, unknown>();
  const server = {
    mode: 'ok' as Mode,
    offline: false,
    stored: new Map<string, number>(),
    /** POSTs to an endpoint while a Retry-After it gave was already in storage. */
    earlyPosts: 0,
    crossDeliveries: 0,
    /** POSTs made by a page after consent was withdrawn on it. */
    afterWithdrawal: 0,
  };
  const oracle = {
    confirmed: new Map<string, { tab: Tab | undefined; persisted: boolean }>(),
    endpointOf: new Map<string, string>(),
    dead: new Set<string>(),
    expired: new Set<string>(),
    poison: new Set<string>(),
    /** Bad values seeded under the queue's prefix, and those reported as bad. */
    corrupt: new Set<string>(),
    reportedBad: new Set<string>(),
    fallbacks: 0,
  };
  let offset = 0;
  let quota = false;
  let ids = 0;
  const nextId = () => `0193a4f2-7b1c-7d3e-9a41-${String(++ids).padStart(12, '0')}`;
  const now = () => Date.now() + offset;
  const tabs: Tab[] = [];

  /**
   * Whether a tab has stored a Retry-After from `url` that still runs. A tab can die between
   * hearing one and storing it; once stored, every tab with working storage must honour it.
   */
  function quietStored(url: string): boolean {
    for (const [k, v] of idb) {
      if (!k.startsWith(`${PAUSE_KEY}/${url} `)) continue;
      const p = v as StoredPause;
      const left = p.until - now();
      if (p.kind === 'retry-after' && left > 0 && left <= MAX_SHARED_PAUSE_MS) return true;
    }
    return false;
  }

  function fetchFor(tab: Tab): typeof globalThis.fetch {
    return (async (url: string, init: RequestInit) => {
      if (!tab.alive) return new Promise(() => undefined); // the page is gone: no answer, ever
      if (tab.withdrawn) server.afterWithdrawal++;
      if (server.offline) throw new TypeError('Failed to fetch');
      const events = JSON.parse(String(init.body)) as Array<{ id: string }>;
      if (quietStored(url)) server.earlyPosts++;
      for (const e of events) {
        const meant = oracle.endpointOf.get(e.id);
        if (meant && meant !== url) server.crossDeliveries++;
      }
      const store = () => {
        for (const e of events) server.stored.set(e.id, (server.stored.get(e.id) ?? 0) + 1);
      };
      switch (server.mode) {
        case '500':
          return new Response(null, { status: 500 });
        case '429':
          return new Response(null, { status: 429, headers: { 'Retry-After': '5' } });
        case 'hang':
          return new Promise((_r, reject) =>
            init.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          );
        case 'reset':
          store(); // stored, then the connection dies before the answer
          throw new TypeError('connection reset');
        case 'redirect':
          // A host's fetch followed a 302: the POST became a GET, and its 200 stored nothing.
          return { status: 200, redirected: true, type: 'basic', headers: new Headers() };
        default:
          if (events.some((e) => oracle.poison.has(e.id)))
            return new Response(null, { status: 400 });
          store();
          return new Response('{}', { status: 200 });
      }
    }) as unknown as typeof globalThis.fetch;
  }

  let pagesOpened = 0;

  /**
   * A page of the config at `endpointIndex` starts: it looks at the queue only if the outbox
   * marks say something may wait. `withdrawAt`: consent is withdrawn after that many of the
   * start's storage operations (a consent manager's call replayed from the loader stub).
   */
  async function openTab(
    endpointIndex = 0,
    withdrawAt?: number,
    backend: PageBackend = 'indexeddb',
  ): Promise<Tab> {
    // A page with IndexedDB first takes back what a fallback visit left (as openStorage does).
    if (backend === 'indexeddb') {
      const fallback = createMemoryStore('localstorage', ls);
      const found = await fallback.entries('');
      if (found.length) await carryBack(found, fallback, createMemoryStore('indexeddb', idb));
    }
    const storage = faulty(createMemoryStore(backend, backend === 'indexeddb' ? idb : ls));
    storage.writesOnly = true;
    if (quota) storage.fault = 'quota';
    const endpoint = ENDPOINTS[endpointIndex % ENDPOINTS.length] as string;
    const tab = {
      backend,
      alive: true,
      withdrawn: false,
      storage,
      endpoint,
      owner: `tab-${tabs.length}`,
    } as Tab;
    const emit = <K extends keyof WaypointEvents>(name: K, p: WaypointEvents[K]) => {
      if (name !== 'error') return;
      const e = p as WaypointEvents['error'];
      // A configuration pause names the batch it kept: only these three give something up.
      const into = e.message.includes('expired')
        ? oracle.expired
        : e.message.includes('wrong shape')
          ? oracle.reportedBad
          : e.message.includes('dead-letter store')
            ? oracle.dead
            : undefined;
      for (const id of e.ids ?? []) into?.add(id);
    };
    // A sandboxed iframe's localStorage getter throws SecurityError: the fallback passes over it.
    const sandboxed: Backend = {
      kind: 'localstorage',
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const resilient = createResilientStore(
      [
        { kind: backend, open: () => storage },
        ...(options.lsThrows ? [sandboxed] : []),
        { kind: 'memory', open: () => createMemoryStore() },
      ],
      () => {
        if (tab.alive) oracle.fallbacks++; // a closed page's storage "hangs" (see kill)
      },
    );
    const withdraw = () => {
      tab.withdrawn = true;
      tab.delivery?.stop();
    };
    const store = gateWrites(countingSteps(resilient, withdrawAt, withdraw), () => !tab.withdrawn);
    tabs.push(tab);
    const returning = pagesOpened++ > 0;
    const scope = scopeOf(absoluteEndpoint(endpoint), 'acme');
    const look = await mayHaveQueued(store, scope, returning).catch(() => true);
    const sender = await startSending({
      store,
      delivery: {
        endpoint,
        site: 'acme',
        owner: tab.owner,
        locks: options.withLocks ? locks.forTab(tab.owner) : null,
        fetch: fetchFor(tab),
        random,
        isOffline: () => server.offline,
        monotonic: Date.now, // fake time without the clock offset: real elapsed time
      },
      look,
      emit: emit as never,
      onSent: () => undefined,
      stopped: () => tab.withdrawn || !tab.alive,
      source: 'https://shop.example',
      site: 'acme',
      locale: 'en',
      scrubText: false,
      sdk: 'waypoint/chaos',
      win: undefined,
      now,
      newId: nextId,
    });
    tab.delivery = sender.delivery;
    if (tab.withdrawn) tab.delivery.stop();
    return tab;
  }

  const alive = () => tabs.filter((t) => t.alive && !t.withdrawn);
  const pick = (i: number) => {
    const a = alive();
    return a.length ? a[i % a.length] : undefined;
  };
  const kill = (t: Tab) => {
    t.alive = false;
    t.delivery.stop();
    locks.release(t.owner);
    // A closed page runs no more code: whatever it was about to write never lands.
    t.storage.fault = 'hang';
    t.storage.writesOnly = false;
  };

  async function capture(tabIndex: number, poison: boolean): Promise<void> {
    const tab = pick(tabIndex) ?? (await openTab(tabIndex));
    if (tab.withdrawn) return; // no card is shown without consent
    const event = makeEvent({ id: nextId() });
    if (poison) oracle.poison.add(event.id);
    oracle.endpointOf.set(event.id, tab.endpoint);
    // Consent withdrawn while the answer was being stored: it is refused, and the card says so.
    const r = await tab.delivery.append(event).catch((e: unknown) => {
      if (tab.withdrawn) return { stored: false, persisted: false };
      throw e;
    });
    if (r.stored) oracle.confirmed.set(event.id, { tab, persisted: r.persisted });
    void tab.delivery.flush({ force: false });
  }

  /** Another script or version writes under the queue's prefix. */
  function corrupt(kind: Corruption): void {
    const id = nextId();
    if (kind === 'legacy') {
      // Version 0.1's record: no endpoint, no size. Still an answer: it must be delivered. An
      // earlier version (a CDN rollback) stamps the origin-wide outbox as it appends.
      const event = makeEvent({ id });
      idb.set(`q/${id}`, { event, createdAt: now(), attempts: 0, leaseUntil: 0, leaseOwner: '' });
      idb.set(LEGACY_OUTBOX_KEY, now());
      oracle.confirmed.set(id, { tab: undefined, persisted: true });
      return;
    }
    idb.set(`q/${id}`, kind === 'null' ? null : { id, payload: '<xml/>', version: 9 });
    oracle.corrupt.add(id);
  }

  function setQuota(on: boolean): void {
    quota = on;
    for (const t of tabs)
      if (t.storage.fault === 'none' || t.storage.fault === 'quota')
        t.storage.fault = on ? 'quota' : 'none';
  }

  /**
   * The network heals, the visitor comes back and time passes. Nobody calls `flush()`: what
   * waits must be found by the pages' own timers and by the next page views' outbox marks.
   */
  async function settle(): Promise<void> {
    server.mode = 'ok';
    server.offline = false;
    offset = 0;
    setQuota(false);
    // Past the longest pause (a configuration pause of one hour)…
    await vi.advanceTimersByTimeAsync(3_660_000);
    // …the next visits, with storage healthy again, find what earlier pages could not send.
    await openTab(0);
    await openTab(1);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
  }

  /** An integrator's `flush()` on a new page of each config: every record is read once. */
  async function sweep(): Promise<void> {
    for (const i of [0, 1]) void (await openTab(i)).delivery.flush();
    await vi.advanceTimersByTimeAsync(60_000);
  }

  return {
    openTab,
    sweep,
    capture,
    corrupt,
    setQuota,
    settle,
    kill,
    pick,
    alive,
    server,
    oracle,
    tabs,
    jump: (days: number) => {
      offset += days * 86_400_000;
    },
  };
}

/** `store`, calling `withdraw` once `at` operations have been made on it. */
function countingSteps(store: KeyValueStore, at: number | undefined, withdraw: () => void) {
  if (at === undefined) return store;
  let steps = 0;
  const step = <R>(p: Promise<R>) =>
    p.finally(() => {
      if (++steps === at) withdraw();
    });
  const counted: KeyValueStore = {
    get kind() {
      return store.kind;
    },
    get: (k) => step(store.get(k)),
    set: (k, v) => step(store.set(k, v)),
    del: (k) => step(store.del(k)),
    entries: (p) => step(store.entries(p)),
    transact: (p, d, r) => step(store.transact(p, d, r)),
  };
  if (at === 0) withdraw();
  return counted;
}
