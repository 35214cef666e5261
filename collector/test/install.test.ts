// The install page's data: the exact tag and CSP sources for a site, when its last event
// arrived, and the origins refused lately.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startCollector, type TestCollector } from './collector-server.ts';
import { makeEvent } from './fixtures.ts';

const PUBLIC = 'https://feedback.example';

let collector: TestCollector;
let now = Date.parse('2026-12-07T10:00:00.000Z');
beforeAll(async () => {
  collector = await startCollector({ publicUrl: PUBLIC, now: () => now, log: () => {} });
});
afterAll(() => collector.close());

const install = async (site: string, auth: { read?: boolean; admin?: boolean }) =>
  collector.request(`/v1/sites/${site}/install`, auth);

describe('GET /v1/sites/:site/install', () => {
  it('names the exact tag and the CSP sources, at PUBLIC_URL', async () => {
    const data = await (await install('shop', { read: true })).json();
    expect(data.tag).toBe(
      `<script async src="${PUBLIC}/waypoint.js" data-site="shop" data-endpoint="${PUBLIC}/v1/events" data-config="${PUBLIC}/v1/config/shop"></script>`,
    );
    expect(data.csp).toEqual([`script-src ${PUBLIC}`, `connect-src ${PUBLIC}`]);
    expect(data.config).toBeNull();
  });

  it('uses the origin the request came to without PUBLIC_URL', async () => {
    const plain = await startCollector();
    try {
      const response = await plain.request('/v1/sites/shop/install', { admin: true });
      const data = await response.json();
      expect(data.tag).toContain(`src="${plain.url}/waypoint.js"`);
    } finally {
      await plain.close();
    }
  });

  it('says when the last event from the site arrived', async () => {
    expect((await (await install('arrivals', { admin: true })).json()).lastEventAt).toBeNull();
    const before = Date.now();
    expect(
      (await collector.request('/v1/events', post([makeEvent({ site: 'arrivals' })]))).status,
    ).toBe(200);
    const data = await (await install('arrivals', { admin: true })).json();
    expect(Date.parse(data.lastEventAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('lists the origins refused lately, newest first, with the fix', async () => {
    const from = (origin: string) =>
      collector.request('/v1/events', post([makeEvent()], undefined, origin));
    expect((await from('https://old.example')).status).toBe(403);
    now += 5000;
    expect((await from('https://new.example')).status).toBe(403);
    const data = await (await install('shop', { read: true })).json();
    expect(data.refusedOrigins.slice(0, 2)).toEqual([
      {
        origin: 'https://new.example',
        lastRefused: new Date(now).toISOString(),
        fix: 'events from https://new.example were refused: add it to ALLOWED_ORIGINS',
      },
      expect.objectContaining({ origin: 'https://old.example' }),
    ]);
  });

  it('names the newest published config', async () => {
    const body = { config: { questions: [] }, message: 'empty', author: 'ana' };
    await collector.request('/v1/sites/shop/configs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      admin: true,
    });
    const data = await (await install('shop', { read: true })).json();
    expect(data.config).toMatchObject({ version: 1, message: 'empty', author: 'ana' });
  });

  it('needs the read or the admin token', async () => {
    expect((await install('shop', {})).status).toBe(401);
    expect((await install('shop', { admin: true })).status).toBe(200);
  });
});
