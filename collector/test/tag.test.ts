// The tag and its chunks, served by the collector from the SDK's build: cache lifetimes,
// content type, compression and CORS for module scripts on other origins.
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/unit/demo/fixtures.ts';
import { startCollector, type TestCollector } from './collector-server.ts';

// Big enough to be worth compressing.
const TAG = `/* tag */${' window.x = 1;'.repeat(200)}\n`;
const CHUNK = `/* chunk */${' export const y = 2;'.repeat(200)}\n`;

let dir: ReturnType<typeof makeTempDir>;
let collector: TestCollector;
beforeAll(async () => {
  dir = makeTempDir();
  const scriptDir = join(dir.path, 'dist');
  mkdirSync(scriptDir);
  writeFileSync(join(scriptDir, 'waypoint.js'), TAG);
  writeFileSync(join(scriptDir, 'waypoint-ui.Ab3_x-9.js'), CHUNK);
  writeFileSync(join(scriptDir, 'index.mjs'), 'export {};');
  collector = await startCollector({ scriptDir });
});
afterAll(async () => {
  await collector.close();
  dir.remove();
});

describe('the tag', () => {
  it.each([
    ['/waypoint.js', TAG, 'public, max-age=300'],
    ['/waypoint-ui.Ab3_x-9.js', CHUNK, 'public, max-age=31536000, immutable'],
  ])('serves %s as JavaScript, cached %s, to any origin', async (path, body, cache) => {
    const response = await collector.request(path, {
      headers: { origin: 'https://any-site.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(body);
  });

  it('compresses for a client that accepts gzip', async () => {
    // node:http, not fetch: fetch would decompress before the test could see the bytes.
    const { encoding, raw } = await new Promise<{ encoding?: string; raw: Buffer }>(
      (resolve, reject) => {
        const url = `${collector.url}/waypoint-ui.Ab3_x-9.js`;
        get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], raw: Buffer.concat(chunks) }),
          );
        }).on('error', reject);
      },
    );
    expect(encoding).toBe('gzip');
    expect(raw.length).toBeLessThan(CHUNK.length / 4);
    expect(gunzipSync(raw).toString()).toBe(CHUNK);
  });

  it.each(['/index.mjs', '/waypoint-missing.abc.js', '/waypoint.js.map', '/waypoint-ui.js'])(
    'answers 404 for %s',
    async (path) => {
      expect((await collector.request(path)).status).toBe(404);
    },
  );
});
