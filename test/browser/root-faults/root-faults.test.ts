// The root's and the card's faults, in real Chromium: traits of every bad kind, a thank-you note
// that must give way to the next prompt, and consent withdrawn (the visitor id gone, no writes).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
const suite = useScenario('test/browser/root-faults');

async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await suite.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${suite.demo.url}/`);
  await page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );
  return { page, problems };
}

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

async function answer(page: Page, score: string) {
  const card = page.locator('waypoint-prompt');
  await card.getByRole('radio', { name: score, exact: true }).check(WAIT);
  await card.getByRole('button', { name: 'Send' }).click();
  await card.getByText('Thank you', { exact: false }).first().waitFor(WAIT);
}

/** Every key in Waypoint's IndexedDB store. */
const keys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('waypoint');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('kv').objectStore('kv').getAllKeys();
          all.onsuccess = () => resolve((all.result as string[]).map(String).sort());
        };
      }),
  );

describe('answers kept in real Chromium', () => {
  it('stores the answer at the collector whatever traits identify was given', async () => {
    const { page, problems } = await open();
    await page.evaluate(() => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const traits = {
        plan: 'pro',
        seats: 2,
        none: null,
        when: new Date(),
        tags: ['a'],
        nan: Number.NaN,
        nested: { a: 1 },
        cyclic,
      };
      Object.defineProperty(traits, 'boom', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
      (window as unknown as { waypoint(...a: unknown[]): void }).waypoint(
        'identify',
        'u-1',
        traits,
      );
    });
    await command(page, 'ask', 'rate-visit');
    await answer(page, '4');
    await expect
      .poll(() => suite.demo.store.list({ type: 'waypoint.answer' }).length, WAIT)
      .toBe(1);
    expect(suite.demo.store.list({ type: 'waypoint.answer' })[0]?.data.context).toMatchObject({
      user: { id: 'u-1', traits: { plan: 'pro', seats: 2 } },
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the asked question straight after a thank-you note', async () => {
    const { page } = await open();
    await command(page, 'ask', 'rate-visit');
    await answer(page, '5');
    expect(await command(page, 'ask', 'easy-today')).toMatchObject({ shown: true });
    // The heading: 50 ms after a paint the live region says the same words (Prompt.tsx), so a
    // text lookup made later on a busy machine would find two.
    await page
      .locator('waypoint-prompt')
      .getByRole('heading', { name: 'How easy was it today?' })
      .waitFor(WAIT);
    await page.close();
  });

  it('does not lose an SPA event trigger that fires during a thank-you note', async () => {
    const { page } = await open();
    await command(page, 'ask', 'rate-visit');
    await answer(page, '3');
    await page.evaluate(() => history.pushState({}, '', '/orders/42'));
    await command(page, 'track', 'order_delivered');
    await page
      .locator('waypoint-prompt')
      .getByRole('heading', { name: 'Would you recommend us now?' })
      .waitFor(WAIT);
    await page.close();
  });

  it('forgets the visitor when consent is withdrawn, and writes nothing after', async () => {
    const { page } = await open();
    await command(page, 'ask', 'rate-visit');
    await page.locator('waypoint-prompt').getByRole('radio', { name: '2' }).waitFor(WAIT);
    await expect.poll(() => keys(page), WAIT).toContain('s/visitor');
    await command(page, 'consent', false);
    await expect.poll(() => keys(page), WAIT).not.toContain('s/visitor');
    const after = await keys(page);
    expect(after).not.toContain('s/journey');
    expect(after).not.toContain('s/targeting');
    await page.evaluate(() => history.pushState({}, '', '/orders/43'));
    await command(page, 'track', 'order_delivered');
    expect(await command(page, 'ask', 'easy-today')).toEqual({ shown: false, reason: 'consent' });
    await page.waitForTimeout(300);
    expect(await keys(page)).toEqual(after);
    expect(await page.locator('waypoint-prompt').count()).toBe(0);
    await page.close();
  });
});
