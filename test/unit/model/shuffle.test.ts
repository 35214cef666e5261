import { describe, expect, it } from 'vitest';
import { shuffled } from '../../../src/model/shuffle';

const opt = (id: string, fixed?: boolean) => (fixed ? { id, fixed } : { id });
const ids = (options: ReadonlyArray<{ id: string }>) => options.map((o) => o.id);
const seeds = (n: number) => Array.from({ length: n }, (_, i) => `visitor-${i}`);

const three = [opt('a'), opt('b'), opt('c')];
const withFixed = [opt('a'), opt('b'), opt('c'), opt('d'), opt('other', true)];
const fixedInside = [opt('none', true), opt('a'), opt('b'), opt('c'), opt('all', true)];

describe('shuffled', () => {
  it.each([
    ['three options', three],
    ['a fixed last option', withFixed],
    ['fixed options at both ends', fixedInside],
  ])('is sticky per visitor and question: %s', (_name, options) => {
    for (const seed of seeds(50)) {
      const once = ids(shuffled(options, seed, 'duration-need'));
      expect(ids(shuffled([...options], seed, 'duration-need'))).toEqual(once);
    }
  });

  it('orders another question of the same visitor on its own', () => {
    const orders = new Set(
      seeds(50).map(
        (seed) =>
          `${ids(shuffled(three, seed, 'q1')).join()}|${ids(shuffled(three, seed, 'q2')).join()}`,
      ),
    );
    // Same order for both questions on every seed would give at most 6 distinct pairs.
    expect(orders.size).toBeGreaterThan(6);
  });

  it.each([
    ['a fixed last option', withFixed, { 4: 'other' }],
    ['fixed options at both ends', fixedInside, { 0: 'none', 4: 'all' }],
    ['every option fixed', [opt('x', true), opt('y', true)], { 0: 'x', 1: 'y' }],
  ] as const)('keeps %s in place across seeds', (_name, options, places) => {
    for (const seed of seeds(500)) {
      const order = ids(shuffled(options, seed, 'q'));
      for (const [at, id] of Object.entries(places)) expect(order[Number(at)]).toBe(id);
    }
  });

  it.each([
    ['three options', three],
    ['a fixed last option', withFixed],
    ['one option', [opt('only')]],
    ['no options', []],
  ])('loses and duplicates no option: %s', (_name, options) => {
    for (const seed of seeds(200)) {
      const order = shuffled(options, seed, 'q');
      expect(order).toHaveLength(options.length);
      expect([...order].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
        [...options].sort((x, y) => x.id.localeCompare(y.id)),
      );
    }
  });

  it('leaves the options it was given as they were', () => {
    const options = [opt('a'), opt('b'), opt('c')];
    shuffled(options, 'visitor-1', 'q');
    expect(ids(options)).toEqual(['a', 'b', 'c']);
  });

  it('reaches every order of three options about as often, with no bias to the given one', () => {
    const n = 6000;
    const counts = new Map<string, number>();
    for (const seed of seeds(n)) {
      const key = ids(shuffled(three, seed, 'duration-need')).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    // Each order is expected n / 6 = 1000 times (σ ≈ 29): ±15 % is over 5σ.
    for (const [order, count] of counts) {
      expect(count, order).toBeGreaterThan(850);
      expect(count, order).toBeLessThan(1150);
    }
    // And each option lands first about a third of the time.
    for (const first of ['a', 'b', 'c']) {
      const firsts = [...counts].filter(([k]) => k[0] === first).reduce((t, [, c]) => t + c, 0);
      expect(firsts / n, first).toBeCloseTo(1 / 3, 1);
    }
  });
});
