// Property-based chaos (RELIABILITY "Testing recipes"): random histories of pages, tabs, network
// and server failures, clock jumps, storage faults and withdrawn consent, each checked against
// the oracle. Drawn from fast-check, so a failing seed replays (CHAOS_SEED, CHAOS_PATH).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Corruption, type Mode, world } from '../helpers/chaos-world';

/** `npm run bench:chaos` raises the run count through CHAOS_RUNS. */
const RUNS = Number(process.env.CHAOS_RUNS ?? 1000);
/** Replays a failure: CHAOS_SEED and CHAOS_PATH as fast-check printed them. */
const REPLAY = process.env.CHAOS_SEED
  ? { seed: Number(process.env.CHAOS_SEED), path: process.env.CHAOS_PATH, endOnFailure: true }
  : {};
type Cmd =
  | { k: 'capture'; tab: number; poison: boolean }
  | { k: 'reload'; tab: number }
  | { k: 'open'; endpoint: number; withdrawAt: number | null; fallback: boolean }
  | { k: 'close'; tab: number }
  | { k: 'server'; mode: Mode }
  | { k: 'offline' }
  | { k: 'online' }
  | { k: 'advance'; ms: number }
  | { k: 'clock'; days: number }
  | { k: 'quota'; on: boolean }
  | { k: 'die'; tab: number }
  | { k: 'corrupt'; kind: Corruption }
  | { k: 'flush'; tab: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('capture' as const),
      tab: fc.nat(3),
      poison: fc.nat(9).map((n) => n === 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reload' as const), tab: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('open' as const),
      endpoint: fc.nat(1),
      // Consent withdrawn after that many storage steps of the page's start, or not at all.
      withdrawAt: fc.option(fc.nat(8), { freq: 2 }),
      // IndexedDB failed on this visit: it keeps everything in localStorage.
      fallback: fc.nat(3).map((n) => n === 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('close' as const), tab: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('server' as const),
      mode: fc.constantFrom<Mode>('ok', '500', '429', 'hang', 'reset', 'redirect'),
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
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('corrupt' as const),
      kind: fc.constantFrom<Corruption>('null', 'foreign', 'legacy'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('flush' as const), tab: fc.nat(3) }) },
);

type World = Awaited<ReturnType<typeof world>>;

async function apply(w: World, c: Cmd): Promise<void> {
  switch (c.k) {
    case 'capture':
      return w.capture(c.tab, c.poison);
    case 'reload': {
      const tab = w.pick(c.tab);
      if (tab) w.kill(tab);
      await w.openTab(tab ? w.tabs.indexOf(tab) : 0);
      return;
    }
    case 'open':
      if (w.alive().length < 4)
        await w.openTab(
          c.endpoint,
          c.withdrawAt ?? undefined,
          c.fallback ? 'localstorage' : 'indexeddb',
        );
      return;
    case 'close': {
      const tab = w.pick(c.tab);
      if (tab) w.kill(tab);
      return;
    }
    case 'server':
      w.server.mode = c.mode;
      return;
    case 'offline':
      w.server.offline = true;
      return;
    case 'online':
      w.server.offline = false;
      for (const t of w.alive()) void t.delivery.flush({ force: true });
      return;
    case 'advance':
      await vi.advanceTimersByTimeAsync(c.ms);
      return;
    case 'clock':
      w.jump(c.days);
      return;
    case 'quota':
      w.setQuota(c.on);
      return;
    case 'die': {
      const tab = w.pick(c.tab);
      if (tab) {
        tab.storage.fault = 'reject';
        tab.storage.writesOnly = false;
      }
      return;
    }
    case 'corrupt':
      w.corrupt(c.kind);
      return;
    case 'flush':
      // Never awaited directly: a hanging send ends only when fake time reaches its timeout.
      void w.pick(c.tab)?.delivery.flush();
      await vi.advanceTimersByTimeAsync(0);
      return;
  }
}

let totals = {
  runs: 0,
  answers: 0,
  duplicatePosts: 0,
  dead: 0,
  expired: 0,
  lostVolatile: 0,
  corrupt: 0,
  earlyPosts: 0,
};

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
        fc.record({ withLocks: fc.boolean(), lsThrows: fc.boolean(), seed: fc.integer() }),
        fc.array(cmd, { minLength: 1, maxLength: 30 }),
        async (options, cmds) => {
          const w = await world(options);
          await w.openTab(0);
          for (const c of cmds) await apply(w, c);
          await w.settle();
          check(w, options.withLocks, cmds);
          // Only reads report what another script left: a look asked for by the integrator.
          await w.sweep();
          checkReported(w, cmds);
          for (const t of w.tabs) t.delivery.stop();
        },
      ),
      { numRuns: RUNS, ...REPLAY },
    );
    console.info('[chaos]', JSON.stringify(totals));
    // The histories really captured answers.
    if (!REPLAY.seed) expect(totals.answers).toBeGreaterThan(RUNS);
  }, 900_000);
});

/** What another script left is reported once a page has read the queue. */
function checkReported(w: World, cmds: Cmd[]): void {
  const stillThere = [...w.oracle.corrupt].filter((id) => !w.oracle.reportedBad.has(id));
  if (!cmds.some((c) => c.k === 'die'))
    expect(stillThere, 'corrupted records never reported').toEqual([]);
}

/**
 * The oracle, after the world has settled: every confirmed answer ends at its own endpoint
 * (once), dead-lettered with an `error`, or (only if it was never durable) lost with its tab; no
 * page sends anything after consent was withdrawn on it. Nobody flushes at the end: pages must
 * find what waits.
 */
function check(w: World, withLocks: boolean, cmds: Cmd[]): void {
  const has = (...kinds: string[]) =>
    cmds.some((c) => kinds.includes(c.k === 'server' ? c.mode : c.k));
  // Where a resend is unavoidable: a page or connection died between the server storing a
  // batch and the page deleting it (or storage died before it could delete). Without Web Locks,
  // a clock jump can also expire a lease that is still being sent.
  // A carry-back can also take a record a fallback page had leased and was still sending.
  const fallbackVisits = cmds.some((c) => c.k === 'open' && c.fallback);
  const crashWindows =
    fallbackVisits ||
    has('reload', 'close', 'reset', 'hang', 'die', ...(withLocks ? [] : ['clock']));
  let lostVolatile = 0;
  for (const [id, { tab, persisted }] of w.oracle.confirmed) {
    const accounted = w.server.stored.has(id) || w.oracle.dead.has(id);
    if (!accounted && !persisted && tab && (!tab.alive || tab.withdrawn)) {
      // Never durable (storage had failed, and said so), and its tab is gone, or holds it
      // unsent since consent was withdrawn there.
      lostVolatile++;
      continue;
    }
    expect(accounted, `answer ${id} was confirmed but is neither delivered nor dead-lettered`).toBe(
      true,
    );
    if (w.oracle.dead.has(id)) expect(w.oracle.poison.has(id)).toBe(true); // only bad events die
  }
  // Less than two hours of failing pass in a history: nothing may expire, whatever the clock did.
  expect(w.oracle.expired.size, 'a clock jump and a short outage expired answers').toBe(0);
  // Consent withdrawn on a page: nothing left it afterwards.
  expect(w.server.afterWithdrawal, 'a page sent after consent was withdrawn').toBe(0);
  // Another config's endpoint never received an answer.
  expect(w.server.crossDeliveries, 'an answer went to the wrong endpoint').toBe(0);
  // What another script left never made storage fail over.
  if (!has('die', 'quota')) expect(w.oracle.fallbacks, 'a bad record failed storage over').toBe(0);
  // A Retry-After one tab stored holds in every tab, unless a tab's storage died (it uses memory),
  // or, without Web Locks, a clock jump ended the leader's record while it was still sending.
  // A page on the localStorage fallback cannot see a pause stored in IndexedDB either.
  const exempt = has('die', 'quota') || fallbackVisits || (!withLocks && has('clock'));
  if (!exempt) expect(w.server.earlyPosts, 'sent during a stored Retry-After').toBe(0);
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
    corrupt: totals.corrupt + w.oracle.corrupt.size,
    earlyPosts: totals.earlyPosts + w.server.earlyPosts,
  };
}
