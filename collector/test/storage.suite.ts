// One storage suite, run against SQLite (a real file) and a real PostgreSQL server: whatever
// the collector promises about storing, it promises on both (issue 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeBatch } from '../../demo/check-endpoint/probe-events.ts';
import type { WireEvent } from '../src/event.ts';
import { startRelay } from '../src/forward/relay.ts';
import type { EventStorage } from '../src/storage.ts';
import { makeEvent, makeEvents, newerSdkEvent, olderSdkEvent } from './fixtures.ts';
import { startFlakySink } from './sink.ts';

/** Opens a fresh, empty storage for one `describe`; closing it is the suite's job. */
export type OpenStorage = (options: { outbox: boolean }) => Promise<EventStorage>;

export function describeStorage(name: string, open: OpenStorage): void {
  describe(`${name} storage`, () => {
    let storage: EventStorage;
    beforeAll(async () => {
      storage = await open({ outbox: true });
    });
    afterAll(() => storage.close());

    it('stores a batch and reports a resent id as a duplicate', async () => {
      const [a, b] = makeEvents(2) as [ReturnType<typeof makeEvent>, ReturnType<typeof makeEvent>];
      expect(await storage.insertBatch([a])).toEqual({ accepted: 1, duplicates: 0 });
      expect(await storage.insertBatch([a, b, b])).toEqual({ accepted: 1, duplicates: 2 });
    });

    it('identifies an event by source and id together (CloudEvents §3.1)', async () => {
      const event = makeEvent();
      const other = { ...event, source: 'https://other.example' };
      expect(await storage.insertBatch([event, other])).toEqual({ accepted: 2, duplicates: 0 });
    });

    it('stores each id once under 10 concurrent identical batches', async () => {
      const batch = makeEvents(50);
      const before = await storage.count();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => storage.insertBatch(batch)),
      );
      expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(50);
      expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(450);
      expect(await storage.count()).toBe(before + 50);
    });

    it('keeps older and newer SDK events whole, unknown attributes included', async () => {
      const older = olderSdkEvent({ site: 'versions' });
      const newer = newerSdkEvent({ site: 'versions' });
      await storage.insertBatch([older, newer]);
      const { events } = await storage.exportPage({ site: 'versions' });
      const byId = new Map(events.map((e) => [e.id, e]));
      expect(byId.get(older.id)).toMatchObject({ ...older, receivedat: expect.any(String) });
      expect(byId.get(newer.id)).toMatchObject({ ...newer, traceparent: '00-abc-def-01' });
    });

    it('filters the export by type, stage, quality and time', async () => {
      const site = 'filters';
      const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      await storage.insertBatch([
        makeEvent({ site, time: at(1), stage: 'use' }),
        makeEvent({ site, time: at(2), stage: 'exit', quality: 'duration' }),
        makeEvent({ site, time: at(3), type: 'waypoint.prompt.shown' }),
      ]);
      const count = async (query: object) =>
        (await storage.exportPage({ site, ...query })).events.length;
      expect(await count({})).toBe(3);
      expect(await count({ type: 'waypoint.prompt.shown' })).toBe(1);
      expect(await count({ stage: 'exit' })).toBe(1);
      expect(await count({ quality: 'duration' })).toBe(1);
      expect(await count({ since: at(2) })).toBe(2);
      expect(await count({ until: at(2) })).toBe(1);
      expect(await count({ since: at(2), until: at(3) })).toBe(1);
    });

    it('pages newest stored first, never skipping or repeating under concurrent inserts', async () => {
      const site = 'paging';
      await storage.insertBatch(makeEvents(40, { site }));
      const stored = new Set(
        (await storage.exportPage({ site, limit: 1000 })).events.map((e) => e.id),
      );
      let writing = true;
      const writer = (async () => {
        while (writing) await storage.insertBatch(makeEvents(3, { site }));
      })();
      const seen: string[] = [];
      let page = await storage.exportPage({ site, limit: 7 });
      for (;;) {
        seen.push(...page.events.map((e) => e.id));
        if (page.next === undefined) break;
        await storage.insertBatch(makeEvents(2, { site }));
        page = await storage.exportPage({ site, limit: 7, after: page.next });
      }
      writing = false;
      await writer;
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of stored) expect(seen).toContain(id);
    });

    it('summarises what it stored', async () => {
      const site = 'summary';
      const time = '2026-05-10T12:00:00.000Z';
      const answer = (value: number) => {
        const event = makeEvent({ site, time });
        return { ...event, data: { ...event.data, answer: { value } } };
      };
      await storage.insertBatch([
        answer(10),
        answer(9),
        answer(3),
        makeEvent({ site, time, type: 'waypoint.prompt.shown' }),
        makeEvent({ site, time, type: 'waypoint.prompt.shown' }),
      ]);
      const summary = await storage.summarize({ from: '2026-05-10', to: '2026-05-10', site });
      expect(summary.totals).toEqual({ shown: 2, answers: 3, dismissed: 0, responseRate: 1.5 });
      expect(summary.nps).toEqual({ score: 33.3, promoters: 2, passives: 0, detractors: 1, n: 3 });
      expect(summary.cells).toEqual([
        expect.objectContaining({ quality: 'advocate', score: 73.3 }),
      ]);
    });

    it("keeps the endpoint checker's events out of summaries, exports and the outbox", async () => {
      for (const item of await storage.claimOutbox(10_000, 60_000))
        await storage.settleOutbox(item);
      const range = { from: '2000-01-01', to: '2100-12-31' };
      const summary = await storage.summarize(range);
      const exported = await storage.exportPage({ limit: 1000 });
      const probes = probeBatch(3) as unknown as WireEvent[];
      // Still acknowledged and deduplicated, so the checker's own requirements hold.
      expect(await storage.insertBatch(probes)).toEqual({ accepted: 3, duplicates: 0 });
      expect(await storage.insertBatch(probes)).toEqual({ accepted: 0, duplicates: 3 });
      expect(await storage.summarize(range)).toEqual(summary);
      expect(await storage.exportPage({ limit: 1000 })).toEqual(exported);
      expect(await storage.claimOutbox(100, 60_000)).toEqual([]);
    });

    it('lists the sites it stored events from, by name, with the last arrival', async () => {
      const first = new Date('2026-06-01T10:00:00.000Z');
      const later = new Date('2026-06-02T10:00:00.000Z');
      await storage.insertBatch(makeEvents(2, { site: 'sites-b' }), first);
      await storage.insertBatch(makeEvents(1, { site: 'sites-a' }), first);
      await storage.insertBatch(makeEvents(1, { site: 'sites-a' }), later);
      await storage.insertBatch(probeBatch(1) as unknown as WireEvent[]);
      const sites = await storage.sites();
      expect(sites.map((s) => s.site)).toEqual([...sites.map((s) => s.site)].sort());
      expect(sites).toContainEqual({ site: 'sites-a', lastReceived: later.toISOString() });
      expect(sites).toContainEqual({ site: 'sites-b', lastReceived: first.toISOString() });
      expect(sites.map((s) => s.site)).not.toContain('waypoint-check-endpoint');
    });

    it('queues each newly stored event once in the outbox, and settles it', async () => {
      // Drain what earlier tests queued, then watch two new events and one duplicate.
      for (const item of await storage.claimOutbox(10_000, 60_000))
        await storage.settleOutbox(item);
      const [a, b] = makeEvents(2) as [ReturnType<typeof makeEvent>, ReturnType<typeof makeEvent>];
      await storage.insertBatch([a, b]);
      await storage.insertBatch([a]);
      const claimed = await storage.claimOutbox(10, 60_000);
      expect(claimed.map((item) => item.event.id).sort()).toEqual([a.id, b.id].sort());
      // Leased: a second relay claiming now gets nothing.
      expect(await storage.claimOutbox(10, 60_000)).toEqual([]);
      const [first, second] = claimed as [(typeof claimed)[0], (typeof claimed)[0]];
      await storage.settleOutbox(first);
      const retryAt = new Date(Date.now() - 1);
      await storage.settleOutbox(second, retryAt);
      const again = await storage.claimOutbox(10, 60_000);
      expect(again).toEqual([{ event: second.event, attempts: 1 }]);
    });

    it('relays each stored event at least once through a sink that fails half the time', async () => {
      for (const item of await storage.claimOutbox(10_000, 60_000))
        await storage.settleOutbox(item);
      const sink = await startFlakySink();
      // No backoff: the retries of a failed send are due at once, so one drain sees them through.
      const relay = startRelay({ storage, url: sink.url, backoff: () => 0, idleMs: 60_000 });
      try {
        const events = makeEvents(30, { site: 'relay' });
        await storage.insertBatch(events.slice(0, 20));
        await storage.insertBatch(events.slice(10)); // 10 resent: stored and relayed once
        await relay.drain();
        expect(sink.refused()).toBeGreaterThan(0);
        expect(new Set(sink.accepted)).toEqual(new Set(events.map((e) => e.id)));
        expect(sink.types).toEqual(new Set(['application/cloudevents+json; charset=utf-8']));
        expect(await storage.claimOutbox(100, 60_000)).toEqual([]);
      } finally {
        await relay.stop();
        await sink.close();
      }
    });
  });
}
