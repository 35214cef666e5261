import { describe, expect, it } from 'vitest';
import { CHUNK_MAX_BYTES, chunkRecords, sendOnPageHide } from '../../../src/delivery/page-hide';
import type { QueueRecord } from '../../../src/delivery/queue';
import { byteLength } from '../../../src/platform/json';
import { makeEvent } from '../helpers/events';
import { recordOf } from '../helpers/records';

const record = (text: string): QueueRecord => recordOf(makeEvent({ text }));
const sentat = '2026-11-22T14:00:00.000Z';

describe('the page-hide send', () => {
  it('chunks records into JSON batches of at most 48 KB', () => {
    const records = Array.from({ length: 30 }, () => record('x'.repeat(4000)));
    const bodies = chunkRecords(records, sentat);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect(byteLength(b)).toBeLessThanOrEqual(CHUNK_MAX_BYTES);
    const ids = bodies.flatMap((b) =>
      (JSON.parse(b) as Array<{ id: string; sentat: string }>).map((e) => e.id),
    );
    expect(ids).toEqual(records.map((r) => r.event.id));
  });

  it('sends CORS-simple keepalive requests: text/plain body, no custom headers', () => {
    const calls: RequestInit[] = [];
    const fetch = ((_u: string, init: RequestInit) => {
      calls.push(init);
      return Promise.resolve(new Response(null));
    }) as unknown as typeof globalThis.fetch;
    expect(sendOnPageHide(fetch, 'https://c.example/e', [record('a')], sentat)).toBe(1);
    expect(calls[0]).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(calls[0]?.headers).toBeUndefined();
    expect(typeof calls[0]?.body).toBe('string');
  });

  it('stays within the 64 KB keepalive budget and stops at the first refusal', () => {
    const records = Array.from({ length: 40 }, () => record('x'.repeat(4000)));
    let n = 0;
    const fetch = (() => {
      n++;
      return Promise.resolve(new Response(null));
    }) as unknown as typeof globalThis.fetch;
    // 48 KB + 48 KB > 64 KB: only one fits.
    expect(sendOnPageHide(fetch, 'https://c.example/e', records, sentat)).toBe(1);
    expect(n).toBe(1);
    const refusing = (() => {
      throw new TypeError('keepalive quota exceeded');
    }) as unknown as typeof globalThis.fetch;
    expect(
      sendOnPageHide(refusing, 'https://c.example/e', [record('a'), record('b')], sentat),
    ).toBe(0);
  });
});
