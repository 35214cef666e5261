// A single-page app that never reloads (pushState, back button, hash routes): each navigation
// re-reads the stage rules and the right question follows. Playwright's clock runs the delays.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

const T0 = Date.UTC(2026, 2, 2, 9);
const DAY = 86_400_000;
/** Generous: two cores may be busy with other suites; a poll ends as soon as it passes. */
const WAIT = { timeout: 15_000 };

let demo: Demo;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let scenario: Scenario;
let page: Page;
const lines: string[] = [];
/** Each debug table with the line printed just before it. */
const decisions: Array<{ line: string; rows: Array<{ question: string; reason: string }> }> = [];
const problems: string[] = [];

beforeAll(async () => {
  scenario = await serveScenario('test/browser/targeting-spa');
  demo = scenario.demo;
  browser = await launch();
  context = browser.context;
  await context.clock.install({ time: T0 });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', async (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'info' && m.text().startsWith('[waypoint]')) lines.push(m.text());
    if (m.type() === 'table') {
      const line = lines.at(-1) ?? '';
      decisions.push({ line, rows: (await m.args()[0]?.jsonValue()) as never });
    }
  });
  await page.goto(`${demo.url}/`);
  await page.waitForFunction(
    () => (window as { waypoint?: { loaded?: boolean } }).waypoint?.loaded,
  );
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
const card = () => page.locator('waypoint-prompt');
/** The reason for `question` in the table printed after the debug line `line`. */
async function reasonAfter(line: string, question: string): Promise<string | undefined> {
  await expect.poll(() => decisions.some((d) => d.line === line), WAIT).toBe(true);
  return decisions.find((d) => d.line === line)?.rows.find((r) => r.question === question)?.reason;
}

describe('targeting in a single-page app, in real Chromium', () => {
  it('follows pushState, popstate and hash routes, cancelling a delay when the stage changes', async () => {
    await expect
      .poll(() => lines, WAIT)
      .toContain('[waypoint] stage:aware at stage "aware" → no question is eligible');

    // Explore starts its 2 s delay; going on to checkout at once must cancel it.
    await page.evaluate(() => {
      const w = window as unknown as { navigate(path: string): void };
      w.navigate('/products/tea');
      w.navigate('/checkout/basket');
    });
    await expect.poll(seen, WAIT).toContain('shown preventive-decide (stage)');
    await context.clock.runFor(5_000);
    expect(lines.filter((l) => l.includes('delay:'))).toEqual([]);
    expect(await seen()).toEqual([
      'stage aware→explore',
      'stage explore→decide',
      'shown preventive-decide (stage)',
    ]);
    await card().getByRole('button', { name: 'Not now' }).click();

    // One prompt per session: the next stage's question waits.
    await page.getByRole('link', { name: 'Account' }).click();
    expect(
      await reasonAfter(
        '[waypoint] stage:use at stage "use" → no question is eligible',
        'advocate-use',
      ),
    ).toBe('session-cap');

    // The back button is a popstate: back at checkout, whose question was just dismissed.
    await page.goBack();
    await expect.poll(seen, WAIT).toContain('stage use→decide');
    expect(
      await reasonAfter(
        '[waypoint] stage:decide at stage "decide" → no question is eligible',
        'preventive-decide',
      ),
    ).toBe('dismissed-cooldown');

    // A hash route (#/help/faq) is matched against the path rules too.
    await page.getByRole('link', { name: 'Help' }).click();
    await expect.poll(seen, WAIT).toContain('stage decide→support');
    expect(await card().count()).toBe(0);
  });

  it('in a later session, shows the delayed question once the delay has passed in its stage', async () => {
    await context.clock.setSystemTime(T0 + 15 * DAY);
    await page.getByRole('link', { name: 'Teas' }).click();
    expect(
      await reasonAfter(
        '[waypoint] stage:explore at stage "explore" → no question is eligible',
        'dynamic-delayed',
      ),
    ).toBe('trigger');
    await context.clock.runFor(2_000);
    await expect.poll(seen, WAIT).toContain('shown dynamic-delayed (delay:2)');
    await card().getByRole('radio', { name: 'Yes' }).check();
    await card().getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => demo.store.list({ type: 'waypoint.answer' }).length, WAIT).toBe(1);
    expect(demo.store.list({ type: 'waypoint.answer' })[0]).toMatchObject({
      subject: 'dynamic-delayed',
      stage: 'explore',
      data: {
        answer: { value: 'yes' },
        context: {
          page: '/products/tea',
          trigger: 'delay:2',
          journey: { stagesSeen: ['aware', 'explore', 'decide', 'use', 'support'] },
        },
      },
    });
    // Two prompts in all, in two sessions, over the whole visit. Delivery is eventual: the
    // batch with the answer can reach the collector before the one with a shown event (CI saw
    // one shown event at the moment the answer arrived), so poll. The store lists newest first.
    await expect
      .poll(
        () =>
          demo.store
            .list({ type: 'waypoint.prompt.shown' })
            .map((e) => e.subject)
            .sort(),
        WAIT,
      )
      .toEqual(['dynamic-delayed', 'preventive-decide']);
    expect(problems).toEqual([]);
  });
});
