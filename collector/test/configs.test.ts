// Publishing a site's config and serving it: the SDK's schema as the gate, versions that only
// grow, rollback, and the public document with its ETag, cache life, CORS and schema version.
// On SQLite and on a real PostgreSQL server.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/postgres/store.ts';
import type { EventStorage } from '../src/storage.ts';
import { ADMIN, startCollector, type TestCollector, TOKEN } from './collector-server.ts';
import { INVALID_CONFIG, publishBody, validConfig } from './config-fixtures.ts';
import { type Cluster, startCluster } from './postgres-cluster.ts';

const SDK_VERSION = createRequire(import.meta.url)('waypoint-feedback/package.json').version;

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => cluster?.stop());

// No storage: the test collector's own SQLite file.
const stores: [string, () => Promise<EventStorage | undefined>][] = [
  ['SQLite', async () => undefined],
  ['PostgreSQL', async () => openPostgres(cluster.createDatabase(`http_${Date.now()}`))],
];

describe.each(stores)('configs over HTTP on %s', (_name, open) => {
  let collector: TestCollector;
  let storage: EventStorage | undefined;
  beforeAll(async () => {
    storage = await open();
    collector = await startCollector(storage ? { storage } : {});
  });
  afterAll(async () => {
    await collector.close();
    await storage?.close();
  });

  it('publishes a valid config and serves it with a strong ETag, then 304 for that ETag', async () => {
    const published = await collector.request('/v1/sites/shop/configs', {
      ...publishBody(validConfig()),
      admin: true,
    });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({
      site: 'shop',
      version: 1,
      author: 'ana',
      message: 'first questions',
      schemaVersion: SDK_VERSION,
      config: validConfig(),
    });

    const served = await collector.request('/v1/config/shop');
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(validConfig());
    const etag = served.headers.get('etag');
    expect(etag).toMatch(/^"1-[\w-]+"$/);
    expect(served.headers.get('cache-control')).toBe('max-age=60, stale-while-revalidate=600');
    expect(served.headers.get('waypoint-config-schema')).toBe(SDK_VERSION);
    expect(served.headers.get('content-type')).toMatch(/^application\/json/);

    const again = await collector.request('/v1/config/shop', {
      headers: { 'if-none-match': etag as string },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await collector.request('/v1/config/shop', {
      headers: { 'if-none-match': '"0-other"' },
    });
    expect(other.status).toBe(200);
  });

  it('refuses a config the SDK’s schema refuses, with its problems by path, storing nothing', async () => {
    const refused = await collector.request('/v1/sites/refused/configs', {
      ...publishBody(INVALID_CONFIG),
      admin: true,
    });
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.error).toMatch(/nothing was published/);
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { path: 'questions[0].type', message: expect.any(String) },
        { path: 'colour', message: expect.any(String) },
      ]),
    );
    const history = await collector.request('/v1/sites/refused/configs', { admin: true });
    expect((await history.json()).versions).toEqual([]);
    expect((await collector.request('/v1/config/refused')).status).toBe(404);
  });

  it('refuses a config that names another site', async () => {
    const response = await collector.request('/v1/sites/elsewhere/configs', {
      ...publishBody(validConfig()),
      admin: true,
    });
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([
      { path: 'site', message: expect.stringMatching(/"elsewhere"/) },
    ]);
  });

  it('rolls back by publishing the older document as a new version, with a new ETag', async () => {
    const site = 'rollback';
    const publish = (text: string, message: string) =>
      collector.request(`/v1/sites/${site}/configs`, {
        ...publishBody({ ...validConfig(text), site }, message),
        admin: true,
      });
    expect((await publish('First wording?', 'v1')).status).toBe(201);
    const firstEtag = (await collector.request(`/v1/config/${site}`)).headers.get('etag');
    expect((await publish('Second wording?', 'v2')).status).toBe(201);
    const secondEtag = (await collector.request(`/v1/config/${site}`)).headers.get('etag');

    const rolled = await collector.request(`/v1/sites/${site}/configs/1/rollback`, {
      method: 'POST',
      admin: true,
    });
    expect(rolled.status).toBe(201);
    expect(await rolled.json()).toMatchObject({ version: 3, message: 'rollback to v1' });

    const served = await collector.request(`/v1/config/${site}`, {
      headers: { 'if-none-match': firstEtag as string },
    });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ ...validConfig('First wording?'), site });
    const etag = served.headers.get('etag');
    expect(etag).toMatch(/^"3-/);
    expect(new Set([firstEtag, secondEtag, etag]).size).toBe(3);

    const history = await (
      await collector.request(`/v1/sites/${site}/configs`, { admin: true })
    ).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(history.versions[0]).not.toHaveProperty('config');
    const one = await (
      await collector.request(`/v1/sites/${site}/configs/2`, { admin: true })
    ).json();
    expect(one).toMatchObject({ version: 2, message: 'v2', config: { site } });
    const missing = await collector.request(`/v1/sites/${site}/configs/9/rollback`, {
      method: 'POST',
      admin: true,
    });
    expect(missing.status).toBe(404);
  });
});

describe('the publish request', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await startCollector();
  });
  afterAll(() => collector.close());

  const send = (body: string) =>
    collector.request('/v1/sites/shop/configs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      admin: true,
    });

  it.each([
    ['{ not json', /not JSON/],
    ['[]', /JSON object/],
    [JSON.stringify({ config: {}, author: 'ana' }), /message must be a non-empty string/],
    [JSON.stringify({ config: {}, message: 'x' }), /author must be a non-empty string/],
    [JSON.stringify({ message: 'x', author: 'ana' }), /config is required/],
    [JSON.stringify({ config: {}, message: 'x', author: 'a', extra: 1 }), /unknown field extra/],
  ])('answers 400 naming the problem for %s', async (body, error) => {
    const response = await send(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(error);
  });

  it('checks an endpoint the config gives', async () => {
    const response = await send(
      JSON.stringify({ config: { endpoint: 'ftp://x.example' }, message: 'x', author: 'ana' }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([
      { path: 'endpoint', message: expect.stringMatching(/https/) },
    ]);
  });

  it('answers 400 for a site id no SDK could send', async () => {
    const response = await collector.request('/v1/sites/-bad/configs', {
      ...publishBody(validConfig()),
      admin: true,
    });
    expect(response.status).toBe(400);
  });
});

describe('who may publish', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await startCollector();
  });
  afterAll(() => collector.close());

  const attempt = (authorization?: string) =>
    collector.request('/v1/sites/shop/configs', {
      ...publishBody(validConfig()),
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
      },
    });

  it('refuses the read token with 403', async () => {
    const response = await attempt(`Bearer ${TOKEN}`);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/read token cannot/);
  });

  it('refuses a wrong or missing admin token with 401', async () => {
    const wrong = await attempt(`Bearer ${ADMIN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/invalid_token/);
    expect((await attempt()).status).toBe(401);
  });

  it.each([
    ['GET', '/v1/sites/shop/configs'],
    ['GET', '/v1/sites/shop/configs/1'],
    ['POST', '/v1/sites/shop/configs/1/rollback'],
  ])('%s %s needs the admin token too', async (method, path) => {
    const response = await collector.request(path, { method, read: true });
    expect(response.status).toBe(403);
  });

  it('is off, and says so, without an ADMIN_TOKEN', async () => {
    const off = await startCollector({ adminToken: undefined });
    try {
      const response = await off.request('/v1/sites/shop/configs', {
        ...publishBody(validConfig()),
        admin: true,
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/publishing is turned off.*ADMIN_TOKEN/);
    } finally {
      await off.close();
    }
  });
});
