// In real Chromium with real IndexedDB: values another script or version left under the queue's
// keys must not strand the good answers next to them. The bad ones are dead-lettered with one
// `storage` error, and IndexedDB stays in use.
import { describe, expect, it } from 'vitest';
import {
  answer,
  countPosts,
  duplicates,
  errors,
  flush,
  loaded,
  openPage,
  pending,
  useScenario,
} from './widget';

const { scenario, context: browserContext } = useScenario();

describe('bad records in IndexedDB', () => {
  it('do not stop the good ones being delivered', async () => {
    const context = browserContext();
    const posted = countPosts(context, '/v1/events');
    const page = await openPage(context, `${scenario().demo.url}/`);
    // The endpoint is unreachable (the page itself still reloads).
    await context.route('**/v1/events', (route) => route.abort('internetdisconnected'));
    const good = [await answer(page, 7), await answer(page, 8)];
    expect(good.every((g) => g.persisted)).toBe(true);
    // Another script (or an older Waypoint) writes into the widget's database.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('waypoint');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            const kv = tx.objectStore('kv');
            kv.put(null, 'q/zz-null');
            kv.put({ id: 'x', payload: '<xml/>', version: 9 }, 'q/zz-foreign');
            kv.put('not a record', 'q/zz-string');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload(); // the next page load meets them first
    await loaded(page);
    await context.unroute('**/v1/events');
    await flush(page);
    const stored = () =>
      scenario()
        .demo.store.list({ limit: 100 })
        .map((e) => e.id);
    await expect
      .poll(() => good.every((g) => stored().includes(g.id)), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(async () => (await pending(page)).count, { timeout: 20_000 }).toBe(0);
    expect((await pending(page)).deadLettered).toBe(3);
    const heard = await errors(page);
    expect(heard.filter((e) => e.startsWith('storage:'))).toHaveLength(1);
    expect(heard.join('\n')).toMatch(/3 stored record\(s\) of the wrong shape/);
    expect(heard.join('\n')).not.toMatch(/now using/); // no fallback away from IndexedDB
    console.info('[faults] bad records duplicate POSTs:', duplicates(posted));
  });
});
