import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/transport/backoff';
import { classify, parseRetryAfter, sendBatch } from '../../../src/transport/send';
import { uuidv7 } from '../../../src/transport/uuid';

describe('uuidv7', () => {
  it('is a version-7, variant-10 UUID that sorts by creation time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(Number.parseInt(a.replace(/-/g, '').slice(0, 12), 16)).toBe(1_700_000_000_000);
  });

  it('is unique across many calls in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => uuidv7(5)));
    expect(ids.size).toBe(2000);
  });
});

describe('classify', () => {
  it.each([
    [200, 'ack'],
    [204, 'ack'],
    [0, 'retry'],
    [408, 'retry'],
    [425, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [400, 'reject'],
    [422, 'reject'],
    [413, 'too-large'],
    [401, 'config'],
    [403, 'config'],
    [404, 'config'],
    [410, 'config'],
  ])('status %i → %s', (status, kind) => {
    expect(classify(status).kind).toBe(kind);
  });

  it('reads Retry-After as seconds or an HTTP date, clamped to [1 s, 1 h]', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('0', now)).toBe(1000);
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
    expect(parseRetryAfter(new Date(now + 120_000).toUTCString(), now)).toBe(120_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with full jitter and stops at the cap', () => {
    expect(backoffDelay(0, () => 0.999)).toBeLessThan(2000);
    expect(backoffDelay(3, () => 0.999)).toBeGreaterThan(15_000);
    expect(backoffDelay(50, () => 0.999)).toBeLessThanOrEqual(600_000);
    expect(backoffDelay(5, () => 0)).toBe(250);
  });
});

describe('sendBatch', () => {
  const opts = { endpoint: 'https://c.example/e', body: '[]', timeoutMs: 1000, now: () => 0 };

  it('POSTs the batch as CloudEvents JSON and maps the answer', async () => {
    let seen: RequestInit | undefined;
    const fetch = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(null, { status: 429, headers: { 'Retry-After': '7' } });
    }) as unknown as typeof globalThis.fetch;
    const r = await sendBatch({ ...opts, fetch });
    expect(r).toEqual({
      kind: 'retry',
      status: 429,
      retryAfterMs: 7000,
      reason: 'the endpoint answered 429',
    });
    expect(seen?.method).toBe('POST');
    expect(new Headers(seen?.headers).get('Content-Type')).toBe(
      'application/cloudevents-batch+json',
    );
    expect(seen?.credentials).toBe('omit');
  });

  it('turns a throwing fetch into a retry, never a throw', async () => {
    const fetch = (() => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    await expect(sendBatch({ ...opts, fetch })).resolves.toMatchObject({
      kind: 'retry',
      status: 0,
    });
  });
});
