// The published config as pages on any origin fetch it: CORS for everyone, the headers a
// script may read, and a JSON 404 when the site has published nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type TestCollector } from './collector-server.ts';
import { publishBody, validConfig } from './config-fixtures.ts';

const STRANGER = 'https://not-in-the-allow-list.example';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startCollector();
  const published = await collector.request('/v1/sites/shop/configs', {
    ...publishBody(validConfig()),
    admin: true,
  });
  expect(published.status).toBe(201);
});
afterAll(() => collector.close());

describe('GET /v1/config/:site', () => {
  it('is readable from any origin, with its ETag and schema version exposed', async () => {
    const response = await collector.request('/v1/config/shop', { headers: { origin: STRANGER } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed.split(/,\s*/)).toEqual(
      expect.arrayContaining(['etag', 'waypoint-config-schema']),
    );
    // The same for every origin, so a shared cache keeps one copy.
    expect(response.headers.get('vary') ?? '').not.toMatch(/origin/i);
  });

  it('answers a preflight (a script sending If-None-Match) for any origin', async () => {
    const response = await collector.request('/v1/config/shop', {
      method: 'OPTIONS',
      headers: {
        origin: STRANGER,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(
      /if-none-match/,
    );
  });

  it('is a JSON 404, readable cross-origin, for a site with no config', async () => {
    const response = await collector.request('/v1/config/nothing-yet', {
      headers: { origin: STRANGER },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: 'no config is published for site "nothing-yet"',
    });
  });

  it('is a 400 for a site id no SDK could send', async () => {
    expect((await collector.request('/v1/config/-bad')).status).toBe(400);
  });

  it('keeps other reads to the allowed origins', async () => {
    const response = await collector.request('/v1/summary', {
      read: true,
      headers: { origin: STRANGER },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
