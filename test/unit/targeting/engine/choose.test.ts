import { describe, expect, it } from 'vitest';
import type { Quality } from '../../../../src/model/qualities';
import { choose } from '../../../../src/targeting/engine/choose';
import { DAY, NOW } from '../fixtures';

type C = { id: string; quality: Quality; priority: number };
const q = (id: string, quality: Quality, priority = 0): C => ({ id, quality, priority });

describe('choose', () => {
  it.each<[string, C[], Record<string, number>, string | undefined]>([
    ['nothing eligible', [], {}, undefined],
    ['one eligible', [q('a', 'advocate')], {}, 'a'],
    [
      'the highest priority wins',
      [q('a', 'advocate', 0), q('b', 'choice', 5), q('c', 'dynamic', 1)],
      {},
      'b',
    ],
    ['a negative priority loses', [q('a', 'advocate', -1), q('b', 'choice', 0)], {}, 'b'],
    [
      'same priority: the quality asked least recently wins',
      [q('a', 'advocate'), q('b', 'choice'), q('c', 'dynamic')],
      { advocate: NOW - DAY, choice: NOW - 40 * DAY, dynamic: NOW - 2 * DAY },
      'b',
    ],
    [
      'same priority: a quality never asked beats any asked',
      [q('a', 'advocate'), q('b', 'choice')],
      { advocate: NOW - 400 * DAY },
      'b',
    ],
    [
      'priority before recency',
      [q('a', 'advocate', 1), q('b', 'choice', 0)],
      { advocate: NOW - DAY },
      'a',
    ],
  ])('%s', (_name, eligible, qualities, expected) => {
    expect(choose(eligible, { qualities }, 'visitor-1')?.id).toBe(expected);
  });

  it('breaks remaining ties the same way for one visitor, whatever the config order', () => {
    const list = [q('a', 'advocate'), q('b', 'choice'), q('c', 'dynamic'), q('d', 'duration')];
    const first = choose(list, { qualities: {} }, 'visitor-7')?.id;
    expect(choose([...list].reverse(), { qualities: {} }, 'visitor-7')?.id).toBe(first);
  });

  it('spreads first questions evenly over many visitors instead of always the first', () => {
    const list = [q('a', 'advocate'), q('b', 'choice'), q('c', 'dynamic'), q('d', 'duration')];
    const counts: Record<string, number> = {};
    for (let i = 0; i < 4000; i++) {
      const id = choose(list, { qualities: {} }, `visitor-${i}`)?.id ?? '';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(counts[id]).toBeGreaterThan(850);
      expect(counts[id]).toBeLessThan(1150);
    }
  });
});
