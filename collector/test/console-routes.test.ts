// The console's own routes: its page, the SDK's chunk names the preview loads, and the config's
// JSON Schema from the installed SDK (the same version whose zod schema checks a publish).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type TestCollector } from './collector-server.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startCollector();
});

afterAll(async () => {
  await collector.close();
});

describe('GET /console', () => {
  it('serves the page, which loads its script from the console', async () => {
    const page = await collector.request('/console');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = /<script type="module" src="([^"]+)"/.exec(await page.text())?.[1];
    expect(script).toBe('/console/main.js');
    const js = await collector.request(script as string);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it("lists the SDK's card chunk and its languages for the preview", async () => {
    const response = await collector.request('/console/sdk.json');
    const sdk = await response.json();
    expect(sdk.chunks.ui).toMatch(/^\/waypoint-ui\.[\w-]+\.js$/);
    expect(sdk.languages).toEqual(['en', 'ar', 'de', 'es', 'fr']);
    for (const language of sdk.languages) {
      expect((await collector.request(sdk.chunks[language])).status).toBe(200);
    }
    expect((await collector.request(sdk.chunks.ui)).status).toBe(200);
  });

  it("serves the installed SDK's config JSON Schema", async () => {
    const response = await collector.request('/console/waypoint-config.schema.json');
    expect(response.status).toBe(200);
    const built = readFileSync(resolve('dist/waypoint-config.schema.json'), 'utf8');
    expect(await response.text()).toBe(built);
  });
});
