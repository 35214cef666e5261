// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../demo/collector/sqlite/store.ts';
import { LIMITS, validateBatch } from '../../../demo/collector/validate.ts';
import { makeSeedEvents, SEED_SOURCE } from '../../../demo/seed.ts';
import { makeTempDir } from './fixtures.ts';

const NOW = new Date('2026-11-22T12:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A repeatable 0–1 sequence (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('makeSeedEvents', () => {
  const events = makeSeedEvents({ visits: 300, days: 60, now: NOW, random: seeded(7) });

  it('makes one shown prompt per visit and some answers and dismissals', () => {
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count('waypoint.prompt.shown')).toBe(300);
    expect(count('waypoint.answer')).toBeGreaterThan(90);
    expect(count('waypoint.prompt.dismissed')).toBeGreaterThan(50);
    expect(events.length).toBe(300 + count('waypoint.answer') + count('waypoint.prompt.dismissed'));
  });

  it('marks every event as seeded, with a random UUID', () => {
    expect(events.every((event) => event.source === SEED_SOURCE)).toBe(true);
    expect(events.every((event) => UUID.test(event.id))).toBe(true);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('makes only events the collector accepts', () => {
    for (let at = 0; at < events.length; at += LIMITS.events) {
      const result = validateBatch(events.slice(at, at + LIMITS.events));
      expect(result.ok ? 'ok' : result.error).toBe('ok');
    }
  });

  it('spreads them over the days asked for, none in the future', () => {
    const times = events.map((event) => Date.parse(event.time));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 60 * 86_400_000);
  });

  it('gives the dashboard something to draw in every quality', () => {
    const dir = makeTempDir();
    const store = openStore(join(dir.path, 'events.db'));
    try {
      expect(store.insertBatch(events).accepted).toBe(events.length);
      const summary = store.summarize({ from: '2026-09-23', to: '2026-11-22' });
      expect(new Set(summary.cells.map((cell) => cell.quality)).size).toBe(11);
      expect(summary.nps.n).toBeGreaterThan(0);
      expect(summary.latestText.length).toBeGreaterThan(0);
    } finally {
      store.close();
      dir.remove();
    }
  });
});
