import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash32, inSample, sampleSlot } from '../../../../src/targeting/engine/sampling';

describe('sampling', () => {
  it.each([
    [0, false],
    [-1, false],
    [1, true],
    [2, true],
  ])('rate %d → %s for everyone', (rate, expected) => {
    for (let i = 0; i < 200; i++) expect(inSample(rate, `v${i}`, 'q')).toBe(expected);
  });

  it('is sticky: the same visitor and question always get the same answer', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (v, q, r) => {
          expect(inSample(r, v, q)).toBe(inSample(r, v, q));
        },
      ),
    );
  });

  it('is monotone: in the sample at a rate means in it at every higher rate', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (v, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          if (inSample(low, v, 'q')) expect(inSample(high, v, 'q')).toBe(true);
        },
      ),
    );
  });

  it.each([0.05, 0.2, 0.5, 0.9])('samples close to rate %d over 20,000 visitors', (rate) => {
    let n = 0;
    for (let i = 0; i < 20_000; i++)
      if (inSample(rate, `0193a4f2-7b1c-7d3e-${i}`, 'advocate-nps')) n++;
    expect(Math.abs(n / 20_000 - rate)).toBeLessThan(0.015);
  });

  it('samples questions independently for one visitor', () => {
    // With one shared coin per visitor, everyone would be in all samples or none.
    let both = 0;
    for (let i = 0; i < 10_000; i++) {
      if (inSample(0.5, `v${i}`, 'a') && inSample(0.5, `v${i}`, 'b')) both++;
    }
    expect(both / 10_000).toBeGreaterThan(0.22);
    expect(both / 10_000).toBeLessThan(0.28);
  });

  it('hashes to unsigned 32-bit integers and slots to [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = hash32(s);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
        const slot = sampleSlot(s, 'q');
        expect(slot >= 0 && slot < 1).toBe(true);
      }),
    );
  });
});
