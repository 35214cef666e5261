// The conformance checker: it passes against the collector, and fails, with reasons, against
// endpoints that break the contract (no deduplication, no limits, a redirect).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEndpoint } from '../../demo/check-endpoint/run.ts';
import { type Listening, listen } from '../src/serve.ts';
import { ORIGIN, post, startCollector, type TestCollector } from './collector-server.ts';
import { makeEvents } from './fixtures.ts';

// The built bin, as `npx waypoint-check-endpoint` runs it (npm test builds before testing).
const CLI = resolve(import.meta.dirname, '../../dist/waypoint-check-endpoint.mjs');
let collector: TestCollector;
let naive: Listening;
let stored = 0;

/** Stores whatever array it gets, every time, and says so: the classic "just insert it". */
function naiveEndpoint(): Hono {
  const app = new Hono();
  app.use('*', cors({ origin: (origin) => origin }));
  app.post('/events', async (c) => {
    const body = JSON.parse(await c.req.text());
    if (!Array.isArray(body)) return c.json({ error: 'not an array' }, 400);
    stored += body.length;
    return c.json({ accepted: body.length, duplicates: 0 });
  });
  app.post('/moved', (c) => c.redirect('/events', 308));
  return app;
}

beforeAll(async () => {
  collector = await startCollector();
  naive = await listen(naiveEndpoint(), 0, '127.0.0.1');
});
afterAll(async () => {
  await collector.close();
  await naive.close();
});

describe('waypoint-check-endpoint', () => {
  it('finds every requirement met by the collector', async () => {
    const results = await checkEndpoint(`${collector.url}/v1/events`, { origin: ORIGIN });
    expect(results.filter((r) => r.status !== 'met')).toEqual([]);
    expect(results.map((r) => r.id)).toEqual([
      'batch',
      'dedupe',
      'page-hide',
      'poison',
      'oversize',
      'preflight',
      'redirect',
    ]);
  });

  it('leaves the summary and the export as they were', async () => {
    const fresh = await startCollector();
    try {
      const read = async (path: string) => (await fresh.request(path, { read: true })).json();
      await fresh.request('/v1/events', post(makeEvents(3)));
      const summary = await read('/v1/summary');
      const exported = await read('/v1/events?limit=1000');
      expect(summary.totals.answers).toBe(3);
      const results = await checkEndpoint(`${fresh.url}/v1/events`, { origin: ORIGIN });
      expect(results.filter((r) => r.status !== 'met')).toEqual([]);
      expect(await read('/v1/summary')).toEqual(summary);
      expect(await read('/v1/events?limit=1000')).toEqual(exported);
    } finally {
      await fresh.close();
    }
  });

  it('fails a non-deduplicating endpoint, saying why', async () => {
    const results = await checkEndpoint(`${naive.url}/events`, { origin: ORIGIN });
    const outcome = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(outcome.batch?.status).toBe('met');
    expect(outcome.dedupe).toMatchObject({
      status: 'not met',
      reason: expect.stringMatching(/stored resent events again \(accepted: 3\)/),
    });
    expect(outcome.poison).toMatchObject({
      status: 'not met',
      reason: expect.stringMatching(/accepted an event without an id/),
    });
    expect(outcome.oversize).toMatchObject({
      status: 'not met',
      reason: expect.stringMatching(/answered 200; 413/),
    });
    expect(outcome.preflight).toMatchObject({
      status: 'not met',
      reason: expect.stringMatching(/Max-Age.*Retry-After/),
    });
    expect(stored).toBeGreaterThan(0);
  });

  it('fails an endpoint that redirects, naming where to', async () => {
    const results = await checkEndpoint(`${naive.url}/moved`, { origin: ORIGIN });
    expect(results.find((r) => r.id === 'redirect')).toMatchObject({
      status: 'not met',
      reason: expect.stringMatching(/^308 to \/events/),
    });
  });

  it('says "request failed" for an endpoint that is not there', async () => {
    const results = await checkEndpoint('http://127.0.0.1:9/v1/events');
    expect(
      results.every((r) => r.status === 'not met' && r.reason.startsWith('request failed')),
    ).toBe(true);
  });

  it('exits 0 when all is met, 1 when not, 2 on bad usage, printing the table', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [CLI, ...args]).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          code: error.code,
          out: error.stdout + error.stderr,
        }),
      );
    const good = await run([`${collector.url}/v1/events`, '--origin', ORIGIN]);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/acknowledges a resent batch and stores it once\s+met/);
    const bad = await run([`${naive.url}/events`, '--origin', ORIGIN]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/requirement\(s\) not met/);
    const notUrl = await run(['not-a-url']);
    expect(notUrl).toMatchObject({ code: 2, out: expect.stringContaining('give one http(s)') });
    const badFlag = await run([`${collector.url}/v1/events`, '--orign', ORIGIN]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.out).toContain("Unknown option '--orign'");
    expect(badFlag.out).toContain('usage: waypoint-check-endpoint');
  }, 60_000);
});
