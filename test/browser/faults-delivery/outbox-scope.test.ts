// In real Chromium: what one config left queued is sent by that config's next page, whatever a
// page of another config on the origin found; and a consent withdrawn in the loader stub, before
// the widget loaded, leaves what an earlier visit queued unsent and writes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answer, countPosts, flush, loaded, openPage, useScenario } from './widget';

const { scenario, context: browserContext } = useScenario();

/** The keys in the page origin's `waypoint` database. */
const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('waypoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('kv').objectStore('kv').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

describe('the outbox marks of two configs on one origin', () => {
  it("keep B's queue looked for after a page of A found nothing of its own", async () => {
    const context = browserContext();
    let up = false;
    const atB: string[] = [];
    await context.route('**/tenant-b/events', (route) => {
      if (!up) return route.fulfill({ status: 503, body: '' });
      atB.push(
        ...(JSON.parse(route.request().postData() ?? '[]') as Array<{ id: string }>).map(
          (e) => e.id,
        ),
      );
      return route.fulfill({ status: 200, body: '{}' });
    });
    const b1 = await openPage(context, `${scenario().demo.url}/tenant-b.html`);
    const given = await answer(b1, 8);
    await b1.close();

    const a = await openPage(context, `${scenario().demo.url}/`);
    await flush(a); // A's own queue is empty, and A notes so
    await a.waitForTimeout(300);
    await a.close();

    up = true;
    const b2 = await context.newPage();
    await b2.goto(`${scenario().demo.url}/tenant-b.html`);
    await loaded(b2);
    // Nobody asks for a flush: the page's own start-up must find the answer and send it.
    await expect.poll(() => atB, { timeout: 20_000 }).toContain(given.id);
  });
});

describe('consent withdrawn in the loader stub', () => {
  it('sends nothing an earlier visit queued and writes no visitor state', async () => {
    const context = browserContext();
    let up = false;
    await context.route('**/v1/events', (route) =>
      up ? route.continue() : route.abort('internetdisconnected'),
    );
    const posted = countPosts(context, '/v1/events');
    const first = await openPage(context, `${scenario().demo.url}/`);
    const given = await answer(first, 6);
    await first.close();

    up = true;
    const page = await openPage(context, `${scenario().demo.url}/withdrawn.html`);
    await page.waitForTimeout(2000);
    expect(posted).not.toContain(given.id);
    const keys = await storedKeys(page);
    expect(keys).toContain(`q/${given.id}`); // kept, unsent, until consent is given again
    for (const wiped of ['s/visitor', 's/journey', 's/targeting'])
      expect(keys).not.toContain(wiped);
  });
});
