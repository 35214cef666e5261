// Who may do what: read tokens, the Host allow-list, CORS for the SDK, and the rate limit.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, post, startCollector, type TestCollector, TOKEN } from './collector-server.ts';
import { makeEvent } from './fixtures.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());

describe('reads', () => {
  it.each([
    '/v1/events',
    '/v1/summary',
    '/v1/summary/cell?quality=advocate&stage=use',
    '/v1/summary/words',
    '/v1/events?format=csv',
    '/v1/model',
    '/v1/sites',
  ])('GET %s needs the read token', async (path) => {
    const anonymous = await collector.request(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await collector.request(path, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatch(/not valid/);
    expect((await collector.request(path, { read: true })).status).toBe(200);
  });

  it('are off with 403 when no token is configured', async () => {
    const open = await startCollector({ readToken: undefined });
    try {
      const response = await open.request('/v1/events', {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/READ_TOKEN/);
    } finally {
      await open.close();
    }
  });

  it('never let a cache keep an answer', async () => {
    const response = await collector.request('/v1/summary', { read: true });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('give the dashboard the SDK model (qualities and stages in order)', async () => {
    const model = await (await collector.request('/v1/model', { read: true })).json();
    expect(model.qualities[0]).toEqual({ id: 'perspective', name: 'Perspective' });
    expect(model.stages).toContain('use');
  });
});

describe('the Host allow-list', () => {
  // fetch() does not let a page (or a test) set Host, so this goes through node:http.
  const withHost = (host: string) =>
    new Promise<number>((resolve, reject) => {
      const { port } = new URL(collector.url);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/summary',
          headers: { host, authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('refuses a DNS-rebinding page (a foreign Host) with 421', async () => {
    expect(await withHost('evil.example:80')).toBe(421);
  });

  it.each(['localhost:9', '127.0.0.1', 'LOCALHOST'])('answers Host %s', async (host) => {
    expect(await withHost(host)).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    collector.request('/v1/events', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('grants and caches the preflight of an allowed origin', async () => {
    const response = await preflight(ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(response.headers.get('access-control-max-age')).toBe('7200');
  });

  it('exposes Retry-After to the page', async () => {
    const response = await collector.request('/v1/events', post([makeEvent()]));
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it.each(['https://evil.example', 'null'])(
    'answers a post from %s with a 403 the page can read, storing nothing',
    async (origin) => {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin);
      const before = collector.store.count();
      const response = await collector.request(
        '/v1/events',
        post([makeEvent()], 'text/plain', origin),
      );
      expect(response.status).toBe(403);
      // Readable: the SDK sees 403 (a configuration problem: pause), not a network error.
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect((await response.json()).error).toContain(origin);
      expect(collector.store.count()).toBe(before);
    },
  );

  it('logs a refused origin at most once a minute, saying to add it to ALLOWED_ORIGINS', async () => {
    const lines: string[] = [];
    let now = Date.parse('2026-12-07T10:00:00Z');
    const logged = await startCollector({ log: (line) => lines.push(line), now: () => now });
    const from = (origin: string) =>
      logged.request('/v1/events', post([makeEvent()], 'text/plain', origin));
    try {
      for (let i = 0; i < 3; i += 1) expect((await from('https://a.example')).status).toBe(403);
      expect((await from(ORIGIN)).status).toBe(200);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/https:\/\/a\.example.*ALLOWED_ORIGINS/);
      await from('https://b.example');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('https://b.example');
      now += 59_000;
      await from('https://a.example');
      expect(lines).toHaveLength(2);
      now += 1_000;
      await from('https://a.example');
      expect(lines).toHaveLength(3);
      expect(lines[2]).toContain('https://a.example');
    } finally {
      await logged.close();
    }
  });

  it('does not grant reads to a foreign origin', async () => {
    const response = await collector.request('/v1/events', {
      read: true,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the rate limit', () => {
  it('answers 429 with a Retry-After the page can read', async () => {
    const limited = await startCollector({ rateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i += 1) {
        last = await limited.request('/v1/events', post([makeEvent()]));
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      if (!last) throw new Error('no response');
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(last.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(last.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
      expect((await last.json()).error).toMatch(/retry after \d+ s/);
    } finally {
      await limited.close();
    }
  });
});
