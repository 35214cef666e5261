// The IndexedDB store's likely writes in real Chromium (src/storage/idb.ts): issued beside the
// read, so an answer is durable one round trip sooner, and rolled back in time when the decision
// writes nothing or throws. Chromium's auto-commit timing is what fake-indexeddb cannot show.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

const suite = useScenario('test/browser/storage');
let bundle = '';
beforeAll(async () => {
  const out = await build({
    entryPoints: ['src/storage/idb.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'waypointIdb',
    write: false,
    target: 'es2020',
  });
  bundle = out.outputFiles[0]?.text ?? '';
});

type Outcome = { result?: unknown; error?: string; entries: Array<[string, unknown]> };

/** Runs one transaction with `likely` writes in a fresh database; `decision` says what it does. */
async function run(page: Page, decision: 'agree' | 'none' | 'throw' | 'other'): Promise<Outcome> {
  return page.evaluate(async (d) => {
    const { createIdbStore } = (
      window as unknown as { waypointIdb: typeof import('../../../src/storage/idb') }
    ).waypointIdb;
    const store = createIdbStore(`likely-${d}-${Math.random()}`);
    await store.set('q/a', { n: 0 });
    const likely: Array<[string, unknown]> = [
      ['q/new', { n: 1 }],
      ['s/stamp', 'new'],
    ];
    const out: { result?: unknown; error?: string } = {};
    try {
      out.result = await store.transact<unknown, unknown>(
        'q/',
        (entries) => {
          if (d === 'throw') throw new Error('consent withdrawn');
          if (d === 'none') return { changes: {}, result: `full at ${entries.length}` };
          if (d === 'other') return { changes: { put: [['q/other', 2]] }, result: 'other' };
          return { changes: { put: likely }, result: entries.map(([k]) => k) };
        },
        { valuesOnly: false, likely },
      );
    } catch (e) {
      out.error = String(e);
    }
    // A later transaction sees what was committed, and only that.
    const entries = [...(await store.entries('q/')), ...(await store.entries('s/'))];
    return { ...out, entries };
  }, decision);
}

describe('likely writes in real IndexedDB', () => {
  let page: Page;
  beforeAll(async () => {
    page = await suite.context.newPage();
    // Served from the page's own origin: the demo's CSP allows `script-src 'self'` only.
    await page.route('**/idb-under-test.js', (route) =>
      route.fulfill({ body: bundle, contentType: 'text/javascript' }),
    );
    await page.goto(`${suite.demo.url}/`);
    await page.addScriptTag({ url: '/idb-under-test.js' });
  });

  it('commits them when the decision agrees; the decision saw the entries before them', async () => {
    const o = await run(page, 'agree');
    expect(o.result).toEqual(['q/a']);
    expect(o.entries).toEqual([
      ['q/a', { n: 0 }],
      ['q/new', { n: 1 }],
      ['s/stamp', 'new'],
    ]);
  });

  it('rolls them back when the decision writes nothing (a full queue)', async () => {
    const o = await run(page, 'none');
    expect(o.result).toBe('full at 1');
    expect(o.entries).toEqual([['q/a', { n: 0 }]]);
  });

  it('rolls them back when the decision throws', async () => {
    const o = await run(page, 'throw');
    expect(o.error).toMatch(/consent withdrawn/);
    expect(o.entries).toEqual([['q/a', { n: 0 }]]);
  });

  it('refuses other writes than the likely ones, and writes nothing', async () => {
    const o = await run(page, 'other');
    expect(o.error).toMatch(/likely/);
    expect(o.entries).toEqual([['q/a', { n: 0 }]]);
  });
});
