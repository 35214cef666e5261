// The dashboard's Surveys section in real Chromium (Debian's, through playwright-core) under
// the demo's strict CSP: a funnel table per survey that says every figure in text, passes axe
// in light and dark, and fits a 320 px screen. Screenshots land in test-results/screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSeedEvents } from '../../demo/seed.ts';
import { axeViolations } from '../../test/browser/axe.ts';
import { launch } from '../../test/browser/chromium.ts';
import { openDashboard } from '../../test/browser/dashboard/open.ts';
import { type Scenario, serveScenario } from '../../test/browser/serve.ts';
import { seeded } from '../../test/unit/helpers/seeded.ts';
import { response } from './survey-fixtures.ts';

const SCREENSHOTS = resolve('test-results/screenshots');
// An hour ago: inside the dashboard's default range (the last 30 days, today included).
const AN_HOUR = 60 * 60_000;

let scenario: Scenario;
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  scenario = await serveScenario();
  const now = new Date();
  scenario.demo.store.insertBatch(
    makeSeedEvents({ visits: 300, days: 20, now, random: seeded(3) }),
  );
  // A second, smaller survey whose figures the test knows exactly.
  const when = new Date(now.getTime() - AN_HOUR).toISOString();
  const options = { survey: 'renewal', steps: 2, at: when, site: 'demo-shop' };
  scenario.demo.store.insertBatch([
    ...response('n1', { answered: [1, 2], completed: true }, options),
    ...response('n2', { answered: [1], dismissedAt: 2 }, options),
    ...response('n3', { answered: [], dismissedAt: 1 }, options),
    ...response('n4', { answered: [2], completed: true }, options),
  ]);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

const open = (viewport: { width: number; height: number }) =>
  openDashboard(browser.context, scenario.demo, { viewport });

/** Each row of one survey's funnel as its text: [row header, reached, left]. */
async function funnelRows(page: Page, survey: string): Promise<string[][]> {
  const rows = page.locator(`[data-survey="${survey}"] tbody tr`);
  const texts: string[][] = [];
  for (let i = 0; i < (await rows.count()); i += 1) {
    const cells = rows.nth(i).locator('th, td');
    texts.push((await cells.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()));
  }
  return texts;
}

describe('the Surveys section', () => {
  it.each([
    ['light', 1280, 900],
    ['dark', 1280, 900],
    ['light', 320, 640],
    ['dark', 320, 640],
  ] as const)(
    'draws each survey as a funnel table (%s, %i px), accessibly',
    async (scheme, width, height) => {
      const { page, problems } = await open({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const surveys = page.locator('#surveys [data-survey]');
      expect(
        await surveys.evaluateAll((all) => all.map((s) => s.getAttribute('data-survey'))),
      ).toEqual(['checkout-survey', 'renewal']);
      const renewal = page.locator('[data-survey="renewal"]');
      expect(await renewal.getByRole('heading').innerText()).toBe('renewal');
      expect(await renewal.locator('.survey__rate').innerText()).toBe(
        '50% completed, 2 of 4 started',
      );
      expect(await renewal.locator('caption').innerText()).toMatch(
        /^renewal: responses that reached/,
      );
      expect(await funnelRows(page, 'renewal')).toEqual([
        ['Shown', '4 100%', '1'],
        ['Step 1', '2 50%', '1'],
        ['Step 2', '2 50%', '0'],
        ['Completed', '2 50%', ''],
      ]);
      const checkout = await funnelRows(page, 'checkout-survey');
      expect(checkout.map(([label]) => label)).toEqual([
        'Shown',
        'Step 1',
        'Step 2',
        'Step 3',
        'Completed',
      ]);

      const widths = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widths).toBeLessThanOrEqual(width);
      // Every funnel inside its own column: one spilling into the panel's padding (its "Left"
      // column cut off) would not widen the page.
      const overflow = await page.locator('#surveys .funnel').evaluateAll((tables) =>
        tables.map((table) => {
          const column = table.closest('.survey') as HTMLElement;
          return table.getBoundingClientRect().right - column.getBoundingClientRect().right;
        }),
      );
      for (const past of overflow) expect(past).toBeLessThanOrEqual(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.locator('#surveys').screenshot({
        path: resolve(SCREENSHOTS, `dashboard-surveys-${scheme}-${width}.png`),
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
