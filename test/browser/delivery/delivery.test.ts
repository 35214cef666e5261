// Delivery in real Chromium with real IndexedDB against the SQLite collector, through offline
// spells, reloads, closed tabs and connection resets. Each ends with the oracle: every confirmed
// answer is stored exactly once (duplicate POSTs are printed).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

let demo: Demo;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let scenario: Scenario;
/** Every id the browser POSTed to the collector, once per POST (page-hide sends included). */
let posted: string[];
/** A status the collector answers every POST with, or undefined when it is up. */
let outage: number | undefined;

beforeAll(async () => {
  scenario = await serveScenario('test/browser/delivery', {
    rateLimit: false,
    outage: () => outage,
  });
  demo = scenario.demo;
});
afterAll(() => scenario?.dispose());
beforeEach(async () => {
  browser = await launch(); // a fresh profile: its own IndexedDB
  context = browser.context;
  posted = [];
  outage = undefined;
  // Counted when the collector acknowledged a POST: what it really received and stored.
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'POST' || !req.url().endsWith('/v1/events') || !res.ok()) return;
    for (const e of JSON.parse(req.postData() ?? '[]') as Array<{ id: string }>) posted.push(e.id);
  });
});
afterEach(async () => {
  await browser?.close();
});

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${demo.url}/`);
  await page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );
  return page;
}

/**
 * The card's code is a lazy chunk: a page that goes offline before it ever showed a card cannot
 * show one. These scenarios are about answers given offline, so the card is shown (and put
 * away) once while online, as it would have been earlier in the visit.
 */
async function warmCard(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() =>
    (window as unknown as { waypoint(...a: unknown[]): void }).waypoint('ask', 'advocate-nps'),
  );
  await page.locator('waypoint-prompt').getByRole('button', { name: 'Not now' }).click();
}

/** Asks the NPS through the real command function and answers it by clicking. */
async function answer(page: Page, score: number): Promise<string> {
  await page.bringToFront(); // a customer answers in the tab they are looking at
  const before = await confirmed(page);
  await page.evaluate(() =>
    (window as unknown as { waypoint(...a: unknown[]): void }).waypoint('ask', 'advocate-nps'),
  );
  const card = page.locator('waypoint-prompt');
  await card.getByRole('radio', { name: String(score), exact: true }).check();
  await card.getByRole('button', { name: 'Send' }).click();
  await expect.poll(async () => (await confirmed(page)).length).toBe(before.length + 1);
  const all = await confirmed(page);
  const last = all[all.length - 1] as { id: string; persisted: boolean };
  expect(last.persisted).toBe(true); // written to IndexedDB before the thank-you
  await card.getByRole('button', { name: 'Close' }).click();
  return last.id;
}

const pendingCount = (page: Page) =>
  page.evaluate(async () => {
    const wp = (window as unknown as { waypoint(...a: unknown[]): Promise<{ count: number }> })
      .waypoint;
    return (await wp('pending')).count;
  });

const confirmed = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { confirmedAnswers: Array<{ id: string; persisted: boolean }> })
        .confirmedAnswers,
  );

/** The oracle: each id stored exactly once. Returns duplicate POSTs of these ids. */
async function expectStoredOnce(ids: string[]): Promise<number> {
  await expect
    .poll(() => ids.filter((id) => stored(id)).length, { timeout: 20_000 })
    .toBe(ids.length);
  for (const id of ids)
    expect(demo.store.list({ limit: 1000 }).filter((e) => e.id === id)).toHaveLength(1);
  // Every open page has emptied its queue: nothing more will be sent.
  for (const page of context.pages().filter((p) => p.url().startsWith(demo.url))) {
    await expect.poll(() => pendingCount(page), { timeout: 20_000 }).toBe(0);
  }
  // Response events reach the test a moment after the page has seen them.
  await expect.poll(() => ids.every((id) => posted.includes(id))).toBe(true);
  return ids.reduce((n, id) => n + Math.max(0, posted.filter((p) => p === id).length - 1), 0);
}
const stored = (id: string) =>
  demo.store.list({ type: 'waypoint.answer', limit: 1000 }).some((e) => e.id === id);

const unreachable = (page: Page | BrowserContext) =>
  page.route('**/v1/events', (route) => route.abort('internetdisconnected'));

describe('delivery in real Chromium', () => {
  it('offline, then online: the answer waits in IndexedDB and arrives once', async () => {
    const page = await openPage();
    await warmCard(page);
    await context.setOffline(true);
    await unreachable(context); // offline emulation alone does not always stop fetch (RELIABILITY)
    const id = await answer(page, 8);
    expect(stored(id)).toBe(false);
    expect(await page.locator('waypoint-prompt').count()).toBe(0);
    await context.unroute('**/v1/events');
    await context.setOffline(false); // fires `online`, which flushes at once
    console.info('[delivery] offline→online duplicate POSTs:', await expectStoredOnce([id]));
  });

  it('reload and close while the endpoint is down: nothing is lost, the next page delivers', async () => {
    outage = 503; // on the server: the page-hide keepalive send cannot be intercepted in the page
    const first = await openPage();
    const a = await answer(first, 3);
    await first.reload();
    await first.waitForFunction(
      () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
    );
    const b = await answer(first, 9);
    await first.close(); // closed with both answers unsent
    expect(stored(a) || stored(b)).toBe(false);
    outage = undefined;
    await openPage(); // a later visit flushes on start
    console.info('[delivery] reload+close duplicate POSTs:', await expectStoredOnce([a, b]));
  });

  it('a connection reset after the server stored the batch: resent, stored once', async () => {
    let resets = 0;
    await context.route('**/v1/events', async (route) => {
      if (route.request().method() === 'POST' && resets === 0) {
        resets++;
        await route.fetch(); // the collector stores it…
        return route.abort('connectionreset'); // …and the answer never reaches the page
      }
      return route.continue();
    });
    const page = await openPage();
    const id = await answer(page, 10);
    await expectStoredOnce([id]);
    expect(resets).toBe(1);
    // The reset POST reached the collector too: the resend is a duplicate it deduplicated.
    const dupes = posted.filter((p) => p === id).length + resets - 1;
    expect(dupes).toBe(1);
    console.info('[delivery] stored-then-reset duplicate POSTs:', dupes);
  });

  it('two tabs answering while offline: every answer arrives once', async () => {
    const [one, two] = [await openPage(), await openPage()];
    await warmCard(one);
    await warmCard(two);
    await context.setOffline(true);
    await unreachable(context);
    const ids = [
      await answer(one, 1),
      await answer(two, 2),
      await answer(one, 5),
      await answer(two, 6),
    ];
    await context.unroute('**/v1/events');
    await context.setOffline(false);
    console.info('[delivery] two tabs offline duplicate POSTs:', await expectStoredOnce(ids));
  });
});
