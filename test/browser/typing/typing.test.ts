// "Never while typing" on a page that keeps focus in a field (TodoMVC's autofocused
// #new-todo): focus alone does not hold a delay prompt back; keystrokes do, until the visitor
// pauses. Playwright's clock runs the 20 s delay and the pause.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TYPING_QUIET_MS } from '../../../src/targeting/engine/listeners/typing';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

const T0 = Date.UTC(2026, 2, 2, 9);
const DELAY_MS = 20_000;
/** Generous: two cores may be busy with other suites; a poll ends as soon as it passes. */
const WAIT = { timeout: 15_000 };

let scenario: Scenario | undefined;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
afterEach(async () => {
  await browser?.close();
  await scenario?.dispose();
});

/** A fresh profile on the todo page, loaded, with the debug lines and tables it printed. */
async function open() {
  scenario = await serveScenario('test/browser/typing');
  browser = await launch();
  await browser.context.clock.install({ time: T0 });
  const page = await browser.context.newPage();
  const reasons: string[] = [];
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', async (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() !== 'table') return;
    const rows = (await m.args()[0]?.jsonValue()) as Array<{ question: string; reason: string }>;
    for (const r of rows) if (r.question === 'todo-easy') reasons.push(r.reason);
  });
  await page.goto(`${scenario.demo.url}/`);
  await page.waitForFunction(
    () => (window as { waypoint?: { loaded?: boolean } }).waypoint?.loaded,
  );
  return { page, reasons, problems, clock: browser.context.clock };
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const card = (page: Page) => page.locator('waypoint-prompt');

describe('never while typing, with an autofocused field, in real Chromium', () => {
  it('shows a delay prompt while focus sits in the field and nobody types', async () => {
    const { page, problems, clock } = await open();
    expect(await focusedId(page)).toBe('new-todo');
    await clock.runFor(DELAY_MS + 1_000);
    // The delay counts from when targeting starts, which on a new device may be a moment after
    // `loaded` (it looks for stored data first): the clock runs on a second at a time.
    await expect
      .poll(async () => {
        await clock.runFor(1_000);
        return card(page).count();
      }, WAIT)
      .toBe(1);
    expect(await focusedId(page)).toBe('new-todo');
    expect(problems).toEqual([]);
  });

  it('waits while the visitor types, and shows once they stop', async () => {
    const { page, reasons, problems, clock } = await open();
    // A keystroke a second, from before the delay ends until well after it.
    for (let ms = 0; ms < DELAY_MS + 4_000; ms += 1_000) {
      await page.keyboard.press('a');
      await clock.runFor(1_000);
    }
    await expect.poll(() => reasons, WAIT).toContain('typing');
    expect(await card(page).count()).toBe(0);
    expect(await page.inputValue('#new-todo')).toMatch(/^a{24}$/);

    await clock.runFor(TYPING_QUIET_MS + 500);
    await expect.poll(() => card(page).count(), WAIT).toBe(1);
    expect(await focusedId(page)).toBe('new-todo');
    expect(problems).toEqual([]);
  });
});
