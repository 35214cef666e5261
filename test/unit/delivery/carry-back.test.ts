// A visit that fell back to localStorage is carried back whole into IndexedDB on the next visit
// (RELIABILITY §17): its records are sent, its "Don't ask me again" holds, and consent withdrawn
// wipes the visitor from every backend.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { carryBack } from '../../../src/delivery/carry-back';
import {
  DRAINED_PREFIX,
  markDrained,
  OUTBOX_PREFIX,
  outboxKey,
} from '../../../src/delivery/outbox';
import { createQueue } from '../../../src/delivery/queue';
import { COUNTERS_KEY } from '../../../src/delivery/records';
import { scopeOf } from '../../../src/delivery/scope';
import { JOURNEY_KEY } from '../../../src/journey/memory';
import { forgetVisitor } from '../../../src/privacy/forget';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createIdbStore } from '../../../src/storage/idb';
import { createLocalStore } from '../../../src/storage/local';
import { openStorage } from '../../../src/storage/open';
import { delEverywhere } from '../../../src/storage/wipe-everywhere';
import { OPT_OUT_KEY, VISITOR_KEY } from '../../../src/targeting/visitor';
import { STATE_KEY } from '../../../src/targeting/visitor-state';
import { makeEvent } from '../helpers/events';
import { until } from '../helpers/page';

const config = { site: 'acme', endpoint: 'https://collect.example.com/v1/events' };
const scope = scopeOf(config.endpoint, config.site);
const running: Waypoint[] = [];
afterEach(() => {
  for (const wp of running.splice(0)) wp.destroy();
});

/** The fallback visit: what a page with IndexedDB unavailable left in localStorage. */
async function fallbackVisit() {
  const ls = createLocalStore(localStorage);
  const left = makeEvent();
  // Delivery's own append: the outbox stamp is written in the append's step.
  await createQueue(ls, { owner: 'fallback-page', appendStamp: outboxKey(scope) }).append(left);
  await ls.set(OPT_OUT_KEY, true);
  await ls.set(VISITOR_KEY, 'visitor-from-fallback');
  await ls.set(JOURNEY_KEY, { firstSeen: 1, lastSeen: 2, stagesSeen: ['use'] });
  await ls.set(STATE_KEY, { fallback: true });
  return left;
}

/** A page on the real store chooser (IndexedDB here), posting to an endpoint that takes all. */
function nextVisit() {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}'));
  const wp = createWaypoint(config, {
    openStorage: (o) => openStorage({ ...o, carryBack }),
    fetch: fetch as unknown as typeof globalThis.fetch,
    stage: 'use',
  });
  running.push(wp);
  const posted = () =>
    fetch.mock.calls.flatMap(([, init]) => JSON.parse(String(init?.body)) as Array<{ id: string }>);
  return { wp, posted };
}

const ours = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) =>
    k?.startsWith('waypoint:'),
  );

describe('a localStorage visit carried back into IndexedDB', () => {
  it('sends the carried records on the next visit, though IndexedDB had said "drained"', async () => {
    // An earlier IndexedDB page found its queue empty.
    await markDrained(createIdbStore(), scope, '');
    const left = await fallbackVisit();
    const { posted } = nextVisit();
    await until(() => expect(posted().map((e) => e.id)).toContain(left.id));
  });

  it('keeps "Don\'t ask me again" given on the fallback visit', async () => {
    await fallbackVisit();
    const { wp } = nextVisit();
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: false });
    expect(document.querySelector('waypoint-prompt')).toBeNull();
  });

  it('carries everything of ours, leaving nothing in localStorage', async () => {
    const idb = createIdbStore();
    await idb.set(VISITOR_KEY, 'visitor-from-idb');
    await idb.set(COUNTERS_KEY, { expired: 1, deadLettered: 2 });
    await idb.set(`${DRAINED_PREFIX}https://a.example/v1 acme`, 'record-7');
    await idb.set(`${DRAINED_PREFIX}${scope}`, 'record-7');
    const left = await fallbackVisit();
    const ls = createLocalStore(localStorage);
    await ls.set(COUNTERS_KEY, { expired: 3, deadLettered: 0 });
    const { store } = await openStorage({ carryBack });
    expect(ours()).toEqual([]);
    expect(await store.get(`q/${left.id}`)).toBeDefined();
    expect(await store.get(VISITOR_KEY)).toBe('visitor-from-fallback'); // the newer visit wins
    expect(await store.get(OPT_OUT_KEY)).toBe(true);
    expect(await store.get(JOURNEY_KEY)).toEqual({
      firstSeen: 1,
      lastSeen: 2,
      stagesSeen: ['use'],
    });
    expect(await store.get(STATE_KEY)).toEqual({ fallback: true });
    expect(typeof (await store.get(outboxKey(scope)))).toBe('string');
    expect(await store.entries(DRAINED_PREFIX)).toEqual([]); // the next start looks at the queue
    expect((await store.entries(OUTBOX_PREFIX)).length).toBe(1);
    expect(await store.get(COUNTERS_KEY)).toEqual({ expired: 3, deadLettered: 0 });
  });

  it('keeps an opt-out given on either side', async () => {
    await createIdbStore().set(OPT_OUT_KEY, true);
    // The fallback's state wins, but not over an opt-out.
    await createLocalStore(localStorage).set(OPT_OUT_KEY, false);
    const { store } = await openStorage({ carryBack });
    expect(await store.get(OPT_OUT_KEY)).toBe(true);
  });
});

describe('a carry that cannot be made', () => {
  it("keeps the page on localStorage, with the fallback visit's state, and says why", async () => {
    await createLocalStore(localStorage).set(OPT_OUT_KEY, true);
    const { store, problems } = await openStorage({
      carryBack: async () => {
        throw new Error('could not load waypoint-delivery.js');
      },
    });
    expect(store.kind).toBe('localstorage');
    expect(problems).toEqual(['could not load waypoint-delivery.js']);
    expect(await store.get(OPT_OUT_KEY)).toBe(true);
  });
});

describe('consent withdrawn', () => {
  it('wipes the visitor from IndexedDB and from the localStorage fallback', async () => {
    const ls = createLocalStore(localStorage);
    const idb = createIdbStore();
    for (const s of [ls, idb]) {
      await s.set(VISITOR_KEY, 'v');
      await s.set(JOURNEY_KEY, { firstSeen: 1, lastSeen: 1, stagesSeen: [] });
      await s.set(STATE_KEY, {});
    }
    await forgetVisitor(idb, delEverywhere);
    expect(ours()).toEqual([]);
    expect(await idb.entries('s/')).toEqual([]);
  });

  it('on a fallback visit, wipes IndexedDB too', async () => {
    const idb = createIdbStore();
    await idb.set(VISITOR_KEY, 'v');
    const ls = createLocalStore(localStorage);
    await ls.set(VISITOR_KEY, 'v');
    await forgetVisitor(ls, delEverywhere);
    expect(ours()).toEqual([]);
    expect(await idb.get(VISITOR_KEY)).toBeUndefined();
  });

  it('after a carried visit, leaves no visitor anywhere', async () => {
    await fallbackVisit();
    const { wp } = nextVisit();
    await wp.ask('advocate-nps');
    wp.consent(false);
    await until(async () => expect(await createIdbStore().get(VISITOR_KEY)).toBeUndefined());
    expect(localStorage.getItem(`waypoint:${VISITOR_KEY}`)).toBeNull();
  });
});
