// A visit without IndexedDB keeps its answer and "Don't ask me again" in localStorage while the
// collector is down; the next visit, with IndexedDB, carries them back whole (RELIABILITY §17).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

/** A status the collector answers every POST with, or undefined when it is up. */
let outage: number | undefined;
const s = useScenario('test/browser/fallback-visit', { rateLimit: false, outage: () => outage });
/** Generous: two cores may be busy with other suites; a poll ends as soon as it passes. */
const WAIT = { timeout: 15_000 };

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

async function open(page: Page): Promise<Page> {
  await page.goto(`${s.demo.url}/`);
  await page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );
  return page;
}

/** What Waypoint keeps in localStorage: its keys, without the `waypoint:` prefix. */
const localKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('waypoint:'))
      .map((k) => k.slice('waypoint:'.length)),
  );

/** A value in Waypoint's IndexedDB store, read with the raw API. */
const idbValue = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('waypoint');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('kv').objectStore('kv').get(k);
          get.onsuccess = () => {
            resolve(get.result);
            req.result.close();
          };
        };
      }),
    key,
  );

describe('a localStorage visit, then an IndexedDB visit', () => {
  it('sends the answer, keeps the opt-out, and wipes the visitor from both after withdrawal', async () => {
    const errors: string[] = [];
    s.context.on('weberror', (e) => errors.push(e.error().message));

    // The fallback visit: IndexedDB refuses to open, and the collector is down.
    outage = 503;
    const fallback = await s.context.newPage();
    await fallback.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is off in this test', 'InvalidStateError');
      };
    });
    await open(fallback);
    await command(fallback, 'ask', 'advocate-nps');
    const card = fallback.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '9', exact: true }).check();
    await card.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(
        () =>
          fallback.evaluate(
            () => (window as { confirmedAnswers?: unknown[] }).confirmedAnswers?.length,
          ),
        WAIT,
      )
      .toBe(1);
    const [answered] = (await fallback.evaluate(
      () =>
        (window as unknown as { confirmedAnswers: Array<{ id: string; persisted: boolean }> })
          .confirmedAnswers,
    )) as Array<{ id: string; persisted: boolean }>;
    expect(answered?.persisted).toBe(true); // kept in localStorage
    await card.getByRole('button', { name: 'Close' }).click();
    await command(fallback, 'ask', 'advocate-nps');
    await card.getByRole('button', { name: "Don't ask me again" }).click();
    await expect.poll(() => localKeys(fallback), WAIT).toContain('s/opt-out');
    expect(await localKeys(fallback)).toContain('s/visitor');
    expect((await localKeys(fallback)).some((k) => k.startsWith('q/'))).toBe(true);
    await fallback.close();

    // The next visit: IndexedDB works and the collector is back.
    outage = undefined;
    const next = await open(await s.context.newPage());
    await expect
      .poll(() => s.demo.store.list({ type: 'waypoint.answer' }).map((e) => e.id), WAIT)
      .toContain(answered?.id);
    expect(await command(next, 'ask', 'advocate-nps')).toMatchObject({
      shown: false,
      reason: 'opted-out',
    });
    expect(await next.locator('waypoint-prompt').count()).toBe(0);

    await command(next, 'consent', false);
    await expect.poll(() => idbValue(next, 's/visitor'), WAIT).toBeUndefined();
    expect(await localKeys(next)).not.toContain('s/visitor');
    expect(await idbValue(next, 's/journey')).toBeUndefined();
    expect(errors).toEqual([]);
    await next.close();
  });
});
