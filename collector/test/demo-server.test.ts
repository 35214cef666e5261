// startDemo: the shop served by the collector's own server (its tag, endpoint and dashboard).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../demo/http/security-headers.ts';
import { type Demo, startDemo } from '../../demo/server.ts';
import { makeEvent, makeTempDir } from '../../test/unit/demo/fixtures.ts';

const BUNDLE = '/* fake waypoint bundle */ window.__waypointLoaded = true;\n';
const CHUNK = '/* a lazy chunk */\n';

describe('startDemo', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let demo: Demo;

  beforeAll(async () => {
    dir = makeTempDir();
    const distDir = join(dir.path, 'dist');
    mkdirSync(distDir);
    writeFileSync(join(distDir, 'waypoint.js'), BUNDLE);
    writeFileSync(join(distDir, 'waypoint-ui.3f2a1b.js'), CHUNK);
    writeFileSync(join(distDir, 'waypoint-ui.3f2a1b.js.map'), '{"version":3}');
    writeFileSync(join(distDir, 'index.d.ts'), 'export {};');
    // A nested folder that does not exist yet: startDemo creates it.
    demo = await startDemo({ port: 0, dbPath: join(dir.path, 'data', 'events.db'), distDir });
  });

  afterAll(async () => {
    await demo.close();
    dir.remove();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${demo.url}${path}`, init);

  it('listens on a real port when asked for port 0 and reports it', () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = new URL(demo.url).port;
    expect(Number(port)).toBeGreaterThan(0);
    expect(demo.origins).toEqual(
      expect.arrayContaining([`http://localhost:${port}`, `http://127.0.0.1:${port}`]),
    );
  });

  it('creates the database folder', () => {
    expect(existsSync(join(dir.path, 'data', 'events.db'))).toBe(true);
  });

  it.each([
    ['/', 'aware'],
    ['/products', 'explore'],
    ['/checkout', 'decide'],
    ['/welcome', 'onboard'],
    ['/account', 'use'],
    ['/help', 'support'],
    ['/upgrade', 'renew'],
    ['/cancel', 'exit'],
  ])('serves the %s page for the %s stage', async (path, stage) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`data-stage="${stage}"`);
    expect(html).toContain('id="ask-nps"');
  });

  it('serves every response with the strict CSP', async () => {
    for (const path of ['/', '/dashboard', '/site.js', '/v1/events', '/missing']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'",
    );
  });

  it.each([
    ['/products.html', 'text/html; charset=utf-8'],
    ['/site.css', 'text/css; charset=utf-8'],
    ['/site.js', 'text/javascript; charset=utf-8'],
    ['/stub.js', 'text/javascript; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/dashboard', 'text/html; charset=utf-8'],
    ['/dashboard/', 'text/html; charset=utf-8'],
    ['/dashboard/dashboard.js', 'text/javascript; charset=utf-8'],
    ['/dashboard/dashboard.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('/site.css', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['/nothing-here'],
    ['/..%2fserver.ts'],
    ['/%2e%2e/server.ts'],
    ['/dashboard/..%2f..%2fpackage.json'],
    ['/.hidden'],
    ['/dashboardx'],
  ])('answers 404 for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
  });

  it.each([
    ['/waypoint.js', BUNDLE, 'public, max-age=300'],
    ['/waypoint-ui.3f2a1b.js', CHUNK, 'public, max-age=31536000, immutable'],
  ])('serves the build file %s through the collector', async (path, body, cache) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(await response.text()).toBe(body);
  });

  it('serves only the tag and its chunks from the build folder', async () => {
    expect((await get('/index.d.ts')).status).toBe(404);
    expect((await get('/waypoint-ui.3f2a1b.js.map')).status).toBe(404);
  });

  it('routes the collector, accepting posts from its own origins only', async () => {
    const port = new URL(demo.url).port;
    const send = (origin: string) =>
      get('/v1/events', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin },
        body: JSON.stringify([makeEvent()]),
      });
    const before = demo.store.count();
    expect((await send(`http://localhost:${port}`)).status).toBe(200);
    expect((await send(`http://127.0.0.1:${port}`)).status).toBe(200);
    expect((await send('http://localhost:1')).status).toBe(403);
    expect(demo.store.count()).toBe(before + 2);
    expect((await get('/v1/events')).status).toBe(401);
    const authorization = `Bearer ${demo.readToken}`;
    const exported = (await (
      await get('/v1/events', { headers: { authorization } })
    ).json()) as unknown[];
    expect(exported).toHaveLength(before + 2);
  });

  it('answers 404 for unknown routes and methods', async () => {
    expect((await get('/v1/nothing')).status).toBe(404);
    expect((await get('/', { method: 'POST', body: 'x' })).status).toBe(404);
  });
});

describe('startDemo without a built bundle', () => {
  it('answers /waypoint.js with 500 and says to run the build', async () => {
    const dir = makeTempDir();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const demo = await startDemo({
      port: 0,
      dbPath: join(dir.path, 'events.db'),
      distDir: join(dir.path, 'missing'),
    });
    try {
      const response = await fetch(`${demo.url}/waypoint.js`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain('run npm run build');
      // The page itself still loads; only the widget is missing.
      expect((await fetch(`${demo.url}/`)).status).toBe(200);
    } finally {
      await demo.close();
      error.mockRestore();
      dir.remove();
    }
  });
});

describe('Demo.close', () => {
  it('stops the server, closes the database and can be called twice', async () => {
    const dir = makeTempDir();
    const demo = await startDemo({ port: 0, dbPath: join(dir.path, 'events.db') });
    await fetch(`${demo.url}/v1/events`);
    await demo.close();
    await demo.close();
    await expect(fetch(`${demo.url}/v1/events`)).rejects.toThrow();
    expect(() => demo.store.count()).toThrow();
    dir.remove();
  });

  it('rejects when the port is taken', async () => {
    const dir = makeTempDir();
    const first = await startDemo({ port: 0, dbPath: join(dir.path, 'a.db') });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startDemo({ port, dbPath: join(dir.path, 'b.db') })).rejects.toThrow(
        /EADDRINUSE/,
      );
    } finally {
      await first.close();
      dir.remove();
    }
  });
});
