// One visitor walks a multi-page site over weeks (Playwright's clock moves the days): the caps,
// dismissals and opt-outs hold across reloads. Debug mode is on, so each decision says why.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

const T0 = Date.UTC(2026, 2, 2, 9);
const MIN = 60_000;
const DAY = 86_400_000;
/** Generous: two cores may be busy with other suites; a poll ends as soon as it passes. */
const WAIT = { timeout: 15_000 };

let demo: Demo;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let scenario: Scenario;

beforeAll(async () => {
  scenario = await serveScenario('test/browser/targeting-multipage');
  demo = scenario.demo;
  browser = await launch();
  context = browser.context;
  await context.clock.install({ time: T0 });
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

type Row = { question: string; eligible: boolean; reason: string };
interface Visit {
  page: Page;
  /** Resolves with the first debug decision (line and table) once the page has decided. */
  decision(): Promise<{ line: string; rows: Row[] }>;
  problems: string[];
}

/** Opens `path` as a page load, collecting the widget's debug output and any page error. */
async function visit(path: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const decisions: Array<{ line: string; rows: Row[] }> = [];
  let line = '';
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', async (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'info' && m.text().startsWith('[waypoint]')) line = m.text();
    if (m.type() === 'table') {
      const rows = (await m.args()[0]?.jsonValue()) as Row[];
      decisions.push({ line, rows });
    }
  });
  await page.goto(demo.url + path);
  await page.waitForFunction(
    () => (window as { waypoint?: { loaded?: boolean } }).waypoint?.loaded,
  );
  return {
    page,
    problems,
    async decision() {
      await expect.poll(() => decisions.length, WAIT).toBeGreaterThan(0);
      return decisions[0] as { line: string; rows: Row[] };
    },
  };
}

const reason = (rows: Row[], question: string) => rows.find((r) => r.question === question)?.reason;
const card = (page: Page) => page.locator('waypoint-prompt');
const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );
const at = (ms: number) => context.clock.setSystemTime(T0 + ms);

/**
 * When the journey began, as the page stored it: the first page view's own clock, which runs on
 * from T0 for however long the machine took to get there (seconds when it is busy).
 */
const firstSeen = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('waypoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('s/journey');
          get.onsuccess = () => {
            resolve((get.result as { firstSeen: number }).firstSeen);
            open.result.close();
          };
        };
      }),
  );

describe('targeting on a multi-page site, in real Chromium', () => {
  it('asks the stage’s question on page load, once per session, and never one sampled at 0', async () => {
    const home = await visit('/');
    expect((await home.decision()).line).toBe(
      '[waypoint] stage:aware at stage "aware" → no question is eligible',
    );
    await home.page.close();

    // Sample 0: everything else allows it, and it still never shows.
    const renew = await visit('/renew');
    const renewed = await renew.decision();
    expect(reason(renewed.rows, 'choice-renew')).toBe('sampled-out');
    expect(await card(renew.page).count()).toBe(0);
    await renew.page.close();

    const products = await visit('/products');
    expect((await products.decision()).line).toContain('→ showing "dynamic-explore"');
    await expect
      .poll(() => card(products.page).getByText('Has what you need changed').count(), WAIT)
      .toBeGreaterThan(0);
    await card(products.page).getByRole('button', { name: 'Not now' }).click();
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.dismissed' }).length, WAIT)
      .toBe(1);
    // Delivery is eventual: the shown event's batch may arrive after the dismissal's.
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.shown' }).length, WAIT)
      .toBe(1);
    expect(demo.store.list({ type: 'waypoint.prompt.shown' })[0]).toMatchObject({
      subject: 'dynamic-explore',
      stage: 'explore',
      data: { context: { page: '/products', trigger: 'stage', sampleRate: 1 } },
    });
    await products.page.close();

    // The next page in the same session: its question waits for another session.
    const account = await visit('/account');
    expect(reason((await account.decision()).rows, 'advocate-use')).toBe('session-cap');
    expect(await card(account.page).count()).toBe(0);
    await account.page.close();

    // A reload of the dismissed question's page: the dismissal holds.
    const again = await visit('/products');
    expect(reason((await again.decision()).rows, 'dynamic-explore')).toBe('dismissed-cooldown');
    expect(await card(again.page).count()).toBe(0);
    expect([...products.problems, ...account.problems, ...again.problems]).toEqual([]);
    await again.page.close();
  });

  it('waits the gap between prompts across sessions, then asks the next stage’s question', async () => {
    await at(31 * MIN); // a new session, but only half an hour after the last prompt
    const early = await visit('/account');
    expect(reason((await early.decision()).rows, 'advocate-use')).toBe('days-between');
    const began = await firstSeen(early.page);
    await early.page.close();

    // 15 days after the journey's own first stamp, not after T0: whatever time the first page
    // view took, the answer is 15 days and a few seconds into the journey.
    await context.clock.setSystemTime(began + 15 * DAY);
    const products = await visit('/products');
    expect(reason((await products.decision()).rows, 'dynamic-explore')).toBe('dismissed-cooldown');
    await products.page.close();
    const account = await visit('/account');
    expect((await account.decision()).line).toContain('→ showing "advocate-use"');
    await card(account.page).getByRole('radio', { name: '9', exact: true }).check();
    await card(account.page).getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => demo.store.list({ type: 'waypoint.answer' }).length, WAIT).toBe(1);
    expect(demo.store.list({ type: 'waypoint.answer' })[0]).toMatchObject({
      subject: 'advocate-use',
      stage: 'use',
      data: {
        answer: { value: 9 },
        context: {
          trigger: 'stage',
          // A new device keeps nothing until a card shows: the journey starts at /products,
          // where the first card showed (the aware and renew views before it kept nothing).
          journey: { stagesSeen: ['explore', 'use'], daysSinceFirstSeen: 15 },
        },
      },
    });
    await account.page.close();
  });

  it('honours "Don\'t ask me again" across reloads, and ask never passes it or missing consent', async () => {
    await at(31 * DAY);
    const help = await visit('/help');
    expect((await help.decision()).line).toContain('no question is eligible'); // a click trigger
    await help.page.getByRole('button', { name: 'Contact us' }).click();
    await expect
      .poll(() => card(help.page).getByText('repeat yourself').count(), WAIT)
      .toBeGreaterThan(0);
    await card(help.page).getByRole('button', { name: "Don't ask me again" }).click();
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.dismissed' }).length, WAIT)
      .toBe(2);
    const shown = demo.store.list({ type: 'waypoint.prompt.shown' });
    expect(shown.find((e) => e.subject === 'integrative-help')).toMatchObject({
      data: { context: { trigger: 'click:#contact' } },
    });
    await help.page.close();

    await at(100 * DAY);
    const later = await visit('/products');
    expect(reason((await later.decision()).rows, 'dynamic-explore')).toBe('opted-out');
    expect(await command(later.page, 'ask', 'dynamic-explore')).toEqual({
      shown: false,
      reason: 'opted-out',
    });
    expect(await card(later.page).count()).toBe(0);
    await later.page.close();

    const consent = await visit('/consent');
    expect(reason((await consent.decision()).rows, 'advocate-use')).toBe('consent');
    expect(await command(consent.page, 'ask', 'advocate-use')).toEqual({
      shown: false,
      reason: 'consent',
    });
    await command(consent.page, 'consent', true);
    expect(await command(consent.page, 'ask', 'advocate-use')).toEqual({
      shown: false,
      reason: 'opted-out',
    });
    expect(await card(consent.page).count()).toBe(0);
    await consent.page.close();
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.shown' }).length, WAIT)
      .toBe(3);
    expect([...help.problems, ...later.problems, ...consent.problems]).toEqual([]);
  });
});
