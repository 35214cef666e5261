// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../demo/collector/rate-limit.ts';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createRateLimiter', () => {
  it('allows a burst up to the capacity, then refuses', () => {
    const { now } = clock();
    const limit = createRateLimiter({ perMinute: 120, now });
    const decisions = Array.from({ length: 121 }, () => limit('1.2.3.4'));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(120);
    expect(decisions.at(-1)).toEqual({ allowed: false, retryAfter: 1 });
  });

  it('refills at the per-minute rate', () => {
    const time = clock();
    const limit = createRateLimiter({ capacity: 2, perMinute: 60, now: time.now });
    limit('a');
    limit('a');
    expect(limit('a').allowed).toBe(false);
    time.advance(999);
    expect(limit('a').allowed).toBe(false);
    time.advance(1);
    expect(limit('a').allowed).toBe(true);
  });

  it('says how many whole seconds until the next token', () => {
    const { now } = clock();
    const limit = createRateLimiter({ capacity: 1, perMinute: 6, now });
    limit('a');
    expect(limit('a')).toEqual({ allowed: false, retryAfter: 10 });
  });

  it('never refills past the capacity', () => {
    const time = clock();
    const limit = createRateLimiter({ capacity: 3, perMinute: 60, now: time.now });
    time.advance(3_600_000);
    const allowed = Array.from({ length: 5 }, () => limit('a').allowed);
    expect(allowed).toEqual([true, true, true, false, false]);
  });

  it('keeps one bucket per key', () => {
    const { now } = clock();
    const limit = createRateLimiter({ capacity: 1, perMinute: 1, now });
    expect(limit('a').allowed).toBe(true);
    expect(limit('a').allowed).toBe(false);
    expect(limit('b').allowed).toBe(true);
  });

  it('still limits correctly after forgetting idle keys', () => {
    const time = clock();
    const limit = createRateLimiter({ capacity: 1, perMinute: 60, now: time.now });
    for (let index = 0; index < 10_001; index += 1) limit(`key-${index}`);
    time.advance(2000);
    expect(limit('key-0').allowed).toBe(true);
    expect(limit('key-0').allowed).toBe(false);
  });
});
