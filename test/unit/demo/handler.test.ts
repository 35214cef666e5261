// @vitest-environment node
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CollectorOptions, createCollector } from '../../../demo/collector/handler.ts';
import { type EventStore, openStore } from '../../../demo/collector/storage.ts';
import { LIMITS } from '../../../demo/collector/validate.ts';
import { makeEvent, makeTempDir } from './fixtures.ts';

const ALLOWED = 'http://localhost:4310';
const BATCH_TYPE = 'application/cloudevents-batch+json';

interface Running {
  url: string;
  close(): Promise<void>;
}

async function serve(options: CollectorOptions): Promise<Running> {
  const collector = createCollector(options);
  const server: Server = createServer((req, res) => {
    if (!collector(req, res)) {
      res.writeHead(404);
      res.end('not the collector');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** POSTs without fetch's help, so the body can be chunked (no Content-Length). */
function postChunked(url: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_TYPE, 'Transfer-Encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('createCollector', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dbPath: string;
  let store: EventStore;
  let collector: Running;

  async function post(
    body: unknown,
    init: { contentType?: string | null; origin?: string } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (init.contentType !== null) headers['Content-Type'] = init.contentType ?? BATCH_TYPE;
    if (init.origin !== undefined) headers.Origin = init.origin;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    // A Uint8Array body lets fetch send no Content-Type at all when asked to.
    return fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers,
      body: new TextEncoder().encode(text),
    });
  }

  async function list(search = ''): Promise<{ id: string; time: string; type: string }[]> {
    const response = await fetch(`${collector.url}/v1/events${search}`);
    expect(response.status).toBe(200);
    return response.json();
  }

  beforeEach(async () => {
    dir = makeTempDir();
    dbPath = join(dir.path, 'events.db');
    store = openStore(dbPath);
    collector = await serve({ store, allowedOrigins: [ALLOWED] });
  });

  afterEach(async () => {
    await collector.close();
    store.close();
    dir.remove();
  });

  describe('POST /v1/events', () => {
    it('stores a CloudEvents batch and says how many were new', async () => {
      const batch = [makeEvent(), makeEvent()];
      const response = await post(batch);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ accepted: 2, duplicates: 0 });
      expect(store.list().map((event) => event.id)).toEqual([batch[1]?.id, batch[0]?.id]);
    });

    it('has committed the rows before it answers (another connection sees them)', async () => {
      const batch = [makeEvent(), makeEvent(), makeEvent()];
      expect((await post(batch)).status).toBe(200);
      const reader = new Database(dbPath, { readonly: true });
      const row = reader.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
      reader.close();
      expect(row.n).toBe(3);
    });

    it('acknowledges a resent batch with 2xx and stores it once', async () => {
      const batch = [makeEvent(), makeEvent()];
      await post(batch);
      const again = await post(batch);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ accepted: 0, duplicates: 2 });
      expect(store.count()).toBe(2);
    });

    it('stores only the new events of a partly resent batch', async () => {
      const [first, second] = [makeEvent(), makeEvent()];
      await post([first]);
      const response = await post([first, second]);
      expect(await response.json()).toEqual({ accepted: 1, duplicates: 1 });
      expect(store.count()).toBe(2);
    });

    it.each([
      ['text/plain;charset=UTF-8'],
      ['application/json'],
      ['Application/CloudEvents-Batch+JSON; charset=utf-8'],
    ])('accepts the same batch sent as %s', async (contentType) => {
      const response = await post([makeEvent()], { contentType, origin: ALLOWED });
      expect(response.status).toBe(200);
      expect(store.count()).toBe(1);
    });

    it.each([['application/xml'], ['multipart/form-data; boundary=x'], [null]])(
      'answers 415 for Content-Type %s and stores nothing',
      async (contentType) => {
        const response = await post([makeEvent()], { contentType });
        expect(response.status).toBe(415);
        expect((await response.json()).error).toContain('application/cloudevents-batch+json');
        expect(store.count()).toBe(0);
      },
    );

    it('answers 400 for invalid JSON', async () => {
      const response = await post('[{"specversion":');
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/^body is not valid JSON/);
    });

    it('answers 400 naming the bad event, and stores none of the batch', async () => {
      const response = await post([makeEvent(), makeEvent({ type: 'order.created' })]);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/^event 1: "type" must be/);
      expect(store.count()).toBe(0);
    });

    it('answers 400 for a body that is not UTF-8', async () => {
      const response = await fetch(`${collector.url}/v1/events`, {
        method: 'POST',
        headers: { 'Content-Type': BATCH_TYPE },
        body: new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]),
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toContain('UTF-8');
    });

    it('answers 413 for a body over 64 KB, and the connection stays usable', async () => {
      const padding = 'x'.repeat(LIMITS.bytes);
      const response = await post([makeEvent({ data: { padding } })]);
      expect(response.status).toBe(413);
      expect((await response.json()).error).toContain(`${LIMITS.bytes} bytes`);
      expect(store.count()).toBe(0);
      expect((await post([makeEvent()])).status).toBe(200);
    });

    it('answers 413 for a chunked body that grows past 64 KB', async () => {
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const result = await postChunked(
        collector.url,
        Array.from({ length: 5 }, () => chunk),
      );
      expect(result.status).toBe(413);
    });

    it('accepts a body just under the limit', async () => {
      const event = makeEvent();
      const size = JSON.stringify([event]).length;
      const padding = 'x'.repeat(LIMITS.bytes - size - 20);
      const body = JSON.stringify([{ ...event, data: { ...event.data, padding } }]);
      expect(body.length).toBeLessThanOrEqual(LIMITS.bytes);
      expect((await post(body)).status).toBe(200);
    });

    it(`answers 413 for more than ${LIMITS.events} events`, async () => {
      const batch = Array.from({ length: LIMITS.events + 1 }, () => makeEvent({ data: {} }));
      const response = await post(batch);
      expect(response.status).toBe(413);
      expect((await response.json()).error).toContain(`at most ${LIMITS.events}`);
    });

    it('answers 503 and no 2xx when the store cannot commit', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const failing = await serve({
        store: {
          insertBatch: () => {
            throw new Error('SQLITE_FULL: database or disk is full');
          },
          list: () => [],
        },
        allowedOrigins: [],
      });
      try {
        const response = await fetch(`${failing.url}/v1/events`, {
          method: 'POST',
          headers: { 'Content-Type': BATCH_TYPE },
          body: JSON.stringify([makeEvent()]),
        });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(error).toHaveBeenCalled();
      } finally {
        await failing.close();
        error.mockRestore();
      }
    });
  });

  describe('CORS', () => {
    function preflight(origin: string): Promise<Response> {
      return fetch(`${collector.url}/v1/events`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    }

    it('grants a preflight from an allowed origin', async () => {
      const response = await preflight(ALLOWED);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
        'content-type',
      );
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(response.headers.get('vary')).toContain('Origin');
    });

    it('refuses a preflight from any other origin', async () => {
      for (const origin of ['https://evil.example', 'http://localhost:4311', 'null']) {
        const response = await preflight(origin);
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('echoes an allowed origin on the POST answer', async () => {
      const response = await post([makeEvent()], { origin: ALLOWED });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    });

    it('refuses a preflight-free text/plain POST from a disallowed origin', async () => {
      const response = await post([makeEvent()], {
        contentType: 'text/plain',
        origin: 'https://evil.example',
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(store.count()).toBe(0);
    });

    it('reads the allow-list on every request, so origins can be added after start', async () => {
      const origins = new Set<string>();
      const late = await serve({ store, allowedOrigins: origins });
      try {
        const send = () =>
          fetch(`${late.url}/v1/events`, {
            method: 'POST',
            headers: { 'Content-Type': BATCH_TYPE, Origin: 'http://127.0.0.1:9' },
            body: JSON.stringify([makeEvent()]),
          });
        expect((await send()).status).toBe(403);
        origins.add('http://127.0.0.1:9');
        expect((await send()).status).toBe(200);
      } finally {
        await late.close();
      }
    });
  });

  describe('GET /v1/events', () => {
    it('exports stored events newest first, as CloudEvents', async () => {
      const old = makeEvent({ time: '2026-01-01T00:00:00.000Z' });
      const recent = makeEvent({ time: '2026-02-01T00:00:00.000Z' });
      await post([old, recent]);
      const events = await list();
      expect(events.map((event) => event.id)).toEqual([recent.id, old.id]);
      expect(events[0]).toMatchObject({ ...recent, receivedat: expect.any(String) });
    });

    it('filters by type, since and limit', async () => {
      const batch = [
        makeEvent({ type: 'waypoint.prompt.shown', time: '2026-03-01T00:00:00.000Z' }),
        makeEvent({ type: 'waypoint.answer', time: '2026-03-02T00:00:00.000Z' }),
        makeEvent({ type: 'waypoint.answer', time: '2026-03-03T00:00:00.000Z' }),
        makeEvent({ type: 'waypoint.answer', time: '2026-03-04T00:00:00.000Z' }),
      ];
      await post(batch);
      expect(await list('?type=waypoint.prompt.shown')).toHaveLength(1);
      expect((await list('?since=2026-03-03')).map((event) => event.time)).toEqual([
        '2026-03-04T00:00:00.000Z',
        '2026-03-03T00:00:00.000Z',
      ]);
      const limited = await list('?type=waypoint.answer&limit=2');
      expect(limited.map((event) => event.time)).toEqual([
        '2026-03-04T00:00:00.000Z',
        '2026-03-03T00:00:00.000Z',
      ]);
    });

    it('returns at most 100 events by default', async () => {
      for (let batch = 0; batch < 3; batch += 1) {
        await post(Array.from({ length: 50 }, () => makeEvent()));
      }
      expect(store.count()).toBe(150);
      expect(await list()).toHaveLength(100);
      expect(await list('?limit=1000')).toHaveLength(150);
    });

    it('answers 400 for a bad parameter', async () => {
      const response = await fetch(`${collector.url}/v1/events?limit=lots`);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toContain('limit');
    });
  });

  it('answers 405 with Allow for other methods', async () => {
    const response = await fetch(`${collector.url}/v1/events`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('leaves other paths to the next route', async () => {
    const response = await fetch(`${collector.url}/v1/eventsx`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the collector');
  });

  it('answers 429 with Retry-After once a client spends its bucket', async () => {
    const limited = await serve({
      store,
      allowedOrigins: [],
      rateLimit: { capacity: 2, perMinute: 2 },
    });
    try {
      const responses: Response[] = [];
      for (let index = 0; index < 3; index += 1) {
        responses.push(await fetch(`${limited.url}/v1/events`));
      }
      expect(responses.map((response) => response.status)).toEqual([200, 200, 429]);
      const refused = responses[2] as Response;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await refused.json()).error).toContain('too many requests');
    } finally {
      await limited.close();
    }
  });
});
