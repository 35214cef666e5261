// Property-based chaos (RELIABILITY "Testing recipes"): random sequences of captures, reloads,
// tabs opening and closing, network and server failures, clock jumps and storage faults, each
// checked against the oracle: every confirmed answer ends at the server (once), dead-lettered
// or expired with an `error`, or — only if it was never durable — lost with its tab, reported.
// CHAOS_RUNS raises the run count (`npm run bench:chaos`).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/events';
import { type Delivery, openDelivery } from '../../../src/queue/delivery';
import { createResilientStore } from '../../../src/queue/resilient-store';
import { createMemoryStore } from '../../../src/queue/storage-memory';
import { makeEvent } from '../helpers/events';
import { fakeLocks } from '../helpers/fake-locks';
import { type FaultyStore, faulty } from '../helpers/faulty-store';

const RUNS = Number(process.env.CHAOS_RUNS ?? 1000);
type Mode = 'ok' | '500' | '429' | 'hang' | 'reset';
type Cmd =
  | { k: 'capture'; tab: number; poison: boolean }
  | { k: 'reload'; tab: number }
  | { k: 'open' }
  | { k: 'close'; tab: number }
  | { k: 'server'; mode: Mode }
  | { k: 'offline' }
  | { k: 'online' }
  | { k: 'advance'; ms: number }
  | { k: 'clock'; days: number }
  | { k: 'quota'; on: boolean }
  | { k: 'die'; tab: number }
  | { k: 'flush'; tab: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('capture' as const),
      tab: fc.nat(3),
      poison: fc.boolean().map((b) => b && Math.random() < 0.2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reload' as const), tab: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'open' as const }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('close' as const), tab: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('server' as const),
      mode: fc.constantFrom<Mode>('ok', '500', '429', 'hang', 'reset'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ k: 'offline' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'online' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('advance' as const),
      ms: fc.integer({ min: 100, max: 120_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('clock' as const),
      days: fc.integer({ min: -400, max: 40 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('quota' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('die' as const), tab: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('flush' as const), tab: fc.nat(3) }) },
);

interface Tab {
  owner: string;
  alive: boolean;
  delivery: Delivery;
  storage: FaultyStore;
}

/**
 * One world: a shared "IndexedDB", a collector, a network, and the tabs of one browser, which
 * has Web Locks (Chromium) or not (then leadership falls back to a record in storage).
 */
async function world(withLocks: boolean) {
  const locks = fakeLocks();
  const idb = new Map<string, unknown>();
  const server = {
    mode: 'ok' as Mode,
    offline: false,
    stored: new Map<string, number>(),
    posts: new Map<string, number>(),
  };
  const oracle = {
    confirmed: new Map<string, { tab: Tab; persisted: boolean }>(),
    dead: new Set<string>(),
    expired: new Set<string>(),
    poison: new Set<string>(),
  };
  let offset = 0;
  let quota = false;
  const now = () => Date.now() + offset;
  const tabs: Tab[] = [];
  let crashes = 0;

  async function openTab(): Promise<Tab> {
    const storage = faulty(createMemoryStore('indexeddb', idb));
    storage.writesOnly = true;
    if (quota) storage.fault = 'quota';
    const tab = { alive: true, storage, owner: `tab-${tabs.length}-${Math.random()}` } as Tab;
    const fetch = (async (_url: string, init: RequestInit) => {
      if (!tab.alive) return new Promise(() => undefined); // the page is gone: no answer, ever
      if (server.offline) throw new TypeError('Failed to fetch');
      const events = JSON.parse(String(init.body)) as Array<{ id: string }>;
      for (const e of events) server.posts.set(e.id, (server.posts.get(e.id) ?? 0) + 1);
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
        default:
          if (events.some((e) => oracle.poison.has(e.id)))
            return new Response(null, { status: 400 });
          store();
          return new Response('{}', { status: 200 });
      }
    }) as unknown as typeof globalThis.fetch;
    const emit = <K extends keyof WaypointEvents>(name: K, p: WaypointEvents[K]) => {
      if (name !== 'error') return;
      const e = p as WaypointEvents['error'];
      for (const id of e.ids ?? [])
        (e.message.includes('expired') ? oracle.expired : oracle.dead).add(id);
    };
    const store = createResilientStore(
      [
        { kind: 'indexeddb', open: () => storage },
        { kind: 'memory', open: () => createMemoryStore() },
      ],
      () => undefined,
    );
    tab.delivery = await openDelivery({
      endpoint: 'https://c.example/e',
      owner: tab.owner,
      storage: store,
      locks: withLocks ? locks.forTab(tab.owner) : null,
      fetch,
      now,
      random: Math.random,
      emit: emit as never,
      win: new EventTarget(),
      doc: new EventTarget(),
    });
    tabs.push(tab);
    return tab;
  }

  const alive = () => tabs.filter((t) => t.alive);
  const pick = (i: number) => {
    const a = alive();
    return a.length ? a[i % a.length] : undefined;
  };
  const kill = (t: Tab) => {
    t.alive = false;
    t.delivery.stop();
    locks.release(t.owner);
    crashes++;
  };

  async function apply(c: Cmd): Promise<void> {
    switch (c.k) {
      case 'capture': {
        const tab = pick(c.tab) ?? (await openTab());
        const event = makeEvent({ id: crypto.randomUUID() });
        if (c.poison) oracle.poison.add(event.id);
        const r = await tab.delivery.append(event);
        if (r.stored) oracle.confirmed.set(event.id, { tab, persisted: r.persisted });
        void tab.delivery.flush({ force: false });
        return;
      }
      case 'reload': {
        const tab = pick(c.tab);
        if (tab) kill(tab);
        await openTab();
        return;
      }
      case 'open':
        if (alive().length < 4) await openTab();
        return;
      case 'close': {
        const tab = pick(c.tab);
        if (tab) kill(tab);
        return;
      }
      case 'server':
        server.mode = c.mode;
        return;
      case 'offline':
        server.offline = true;
        return;
      case 'online':
        server.offline = false;
        for (const t of alive()) void t.delivery.flush({ force: true });
        return;
      case 'advance':
        await vi.advanceTimersByTimeAsync(c.ms);
        return;
      case 'clock':
        offset += c.days * 86_400_000;
        return;
      case 'quota':
        quota = c.on;
        for (const t of tabs)
          if (t.storage.fault === 'none' || t.storage.fault === 'quota')
            t.storage.fault = c.on ? 'quota' : 'none';
        return;
      case 'die': {
        const tab = pick(c.tab);
        if (tab) {
          tab.storage.fault = 'reject';
          tab.storage.writesOnly = false;
        }
        return;
      }
      case 'flush':
        // Never awaited directly: a hanging send ends only when fake time reaches its timeout.
        void pick(c.tab)?.delivery.flush();
        await vi.advanceTimersByTimeAsync(0);
        return;
    }
  }

  /** The network heals, the visitor comes back, time passes, and every live tab flushes. */
  async function settle(): Promise<void> {
    server.mode = 'ok';
    server.offline = false;
    quota = false;
    offset = 0;
    for (const t of tabs) if (t.storage.fault === 'quota') t.storage.fault = 'none';
    // The next visit, with storage healthy again, finds what an earlier page could not send.
    await openTab();
    for (let i = 0; i < 40; i++) {
      for (const t of alive()) void t.delivery.flush();
      await vi.advanceTimersByTimeAsync(60_000);
    }
  }

  return { openTab, apply, settle, server, oracle, tabs, crashes: () => crashes };
}

let totals = { runs: 0, answers: 0, duplicatePosts: 0, dead: 0, expired: 0, lostVolatile: 0 };

describe('delivery under chaos', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`loses nothing and stores nothing twice over ${RUNS} random histories`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(cmd, { minLength: 1, maxLength: 30 }),
        async (withLocks, cmds) => {
          const w = await world(withLocks);
          await w.openTab();
          for (const c of cmds) await w.apply(c);
          await w.settle();

          // Where a resend is unavoidable: a page or connection died between the server storing a
          // batch and the page deleting it (or storage died before it could delete).
          // Without Web Locks, a clock jump can also expire a lease that is still being sent.
          const windows = [
            'reload',
            'close',
            'reset',
            'hang',
            'die',
            ...(withLocks ? [] : ['clock']),
          ];
          const crashWindows = cmds.some((c) => windows.includes(c.k === 'server' ? c.mode : c.k));
          let lostVolatile = 0;
          for (const [id, { tab, persisted }] of w.oracle.confirmed) {
            const accounted =
              w.server.stored.has(id) || w.oracle.dead.has(id) || w.oracle.expired.has(id);
            if (!accounted && !persisted && !tab.alive) {
              lostVolatile++; // never durable (storage had failed, and said so), and its tab is gone
              continue;
            }
            expect(
              accounted,
              `answer ${id} was confirmed but is neither delivered, dead-lettered nor expired`,
            ).toBe(true);
            if (w.oracle.dead.has(id)) expect(w.oracle.poison.has(id)).toBe(true); // only bad events die
          }
          // A duplicate is an id the server received again after it had stored it (resends after a
          // failure that stored nothing are retries, not duplicates).
          const duplicates = [...w.server.stored.values()].reduce((n, c) => n + c - 1, 0);
          if (!crashWindows) expect(duplicates).toBe(0);
          totals = {
            runs: totals.runs + 1,
            answers: totals.answers + w.oracle.confirmed.size,
            duplicatePosts: totals.duplicatePosts + duplicates,
            dead: totals.dead + w.oracle.dead.size,
            expired: totals.expired + w.oracle.expired.size,
            lostVolatile: totals.lostVolatile + lostVolatile,
          };
          for (const t of w.tabs) t.delivery.stop();
        },
      ),
      { numRuns: RUNS },
    );
    console.info('[chaos]', JSON.stringify(totals));
    expect(totals.answers).toBeGreaterThan(RUNS); // the histories really captured answers
  }, 600_000);
});
