// The public script-tag API, driven from a test: open a scenario page, answer the NPS by
// clicking, read `pending()`, flush, and read what the page heard on `error`. Nothing here
// reaches into the widget's modules (the bundle is being split into lazy chunks).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

/**
 * Serves this folder with the collector for the spec file that calls it, and gives each test a
 * fresh browser profile (its own IndexedDB).
 */
export function useScenario(): { scenario: () => Scenario; context: () => BrowserContext } {
  let scenario: Scenario | undefined;
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  beforeAll(async () => {
    scenario = await serveScenario('test/browser/faults-delivery', { rateLimit: false });
  });
  afterAll(() => scenario?.dispose());
  beforeEach(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await browser?.close();
  });
  return {
    scenario: () => scenario as Scenario,
    context: () => (browser as NonNullable<typeof browser>).context,
  };
}

type Wp = { waypoint(...a: unknown[]): Promise<unknown>; confirmedAnswers: Confirmed[] };
export type Confirmed = { id: string; persisted: boolean };
export type Pending = { count: number; deadLettered: number; expired: number };

/** Opens `url` and waits for the widget to load. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await loaded(page);
  return page;
}

export const loaded = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );

export const confirmed = (page: Page) =>
  page.evaluate(() => (window as unknown as Wp).confirmedAnswers.map((c) => ({ ...c })));

/** What the page heard on `error`, as "code: message" strings. */
export const errors = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { widgetErrors: Array<{ code: string; message: string }> }
    ).widgetErrors.map((e) => `${e.code}: ${e.message}`),
  );

export const pending = (page: Page) =>
  page.evaluate(async () => {
    const p = (await (window as unknown as Wp).waypoint('pending')) as Pending;
    return { count: p.count, deadLettered: p.deadLettered, expired: p.expired };
  });

export const flush = (page: Page) =>
  page.evaluate(async () => {
    await (window as unknown as Wp).waypoint('flush');
  });

/** Asks the NPS through the real command function, answers it by clicking, closes the thanks. */
export async function answer(page: Page, score: number): Promise<Confirmed> {
  await page.bringToFront(); // a customer answers in the tab they are looking at
  const before = (await confirmed(page)).length;
  await page.evaluate(() => (window as unknown as Wp).waypoint('ask', 'advocate-nps'));
  const card = page.locator('waypoint-prompt');
  await card.getByRole('radio', { name: String(score), exact: true }).check();
  await card.getByRole('button', { name: 'Send' }).click();
  await expect.poll(async () => (await confirmed(page)).length).toBe(before + 1);
  const all = await confirmed(page);
  await card.getByRole('button', { name: 'Close' }).click();
  return all[all.length - 1] as Confirmed;
}

/** Each id POSTed to a URL ending in `path` and answered 2xx, once per POST. */
export function countPosts(context: BrowserContext, path: string): string[] {
  const posted: string[] = [];
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'POST' || !new URL(req.url()).pathname.endsWith(path)) return;
    for (const e of JSON.parse(req.postData() ?? '[]') as Array<{ id: string }>) posted.push(e.id);
  });
  return posted;
}

/** POSTs of the same id beyond the first: waste, reported as a figure. */
export const duplicates = (posted: string[]) => posted.length - new Set(posted).size;
