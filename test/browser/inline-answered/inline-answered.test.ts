// An inline survey the visitor completed, then the page reloaded (as with the README's React
// and Vue examples, which call render on every mount): it is drawn as done, or not at all with
// `answered: 'hide'`, and no new "shown" event is recorded. Real Chromium, built script tag.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
const s = useScenario('test/browser/inline-answered', { rateLimit: false });

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

const loaded = (page: Page) =>
  page.waitForFunction(() => (window as { waypoint?: { loaded?: boolean } }).waypoint?.loaded);

const shownEvents = () =>
  s.demo.store
    .list({ type: 'waypoint.prompt.shown' })
    .filter(
      (e) => (e.data as { response?: { survey?: string } }).response?.survey === 'order-survey',
    );

describe('a completed inline survey after a reload, in real Chromium', () => {
  it('shows done, or nothing with answered: "hide", and records no new shown event', async () => {
    const page = await s.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${s.demo.url}/`);
    await loaded(page);

    expect(await command(page, 'render', '#slot', 'order-survey')).toEqual({ shown: true });
    const host = page.locator('#slot > waypoint-prompt');
    await host.getByRole('radio', { name: '6' }).check(WAIT);
    await host.getByRole('button', { name: 'Send' }).click();
    await host.getByRole('radio', { name: '9' }).check(WAIT);
    await host.getByRole('button', { name: 'Send' }).click();
    await host
      .getByText(/^Thank you/)
      .first()
      .waitFor(WAIT);
    await command(page, 'flush');
    await expect.poll(() => shownEvents().length, WAIT).toBe(1);

    await page.reload();
    await loaded(page);
    expect(await command(page, 'render', '#slot', 'order-survey')).toEqual({
      shown: true,
      answered: true,
    });
    await expect
      .poll(() => host.locator('.wp-thanks').textContent(), WAIT)
      .toContain('You answered this — thank you.');
    expect(await host.getByRole('radio').count()).toBe(0);

    await page.reload();
    await loaded(page);
    expect(await command(page, 'render', '#slot', 'order-survey', { answered: 'hide' })).toEqual({
      shown: false,
      reason: 'answered',
    });
    expect(await page.locator('#slot > waypoint-prompt').count()).toBe(0);

    // Everything this device queued has been sent: a shown event would be among it.
    await command(page, 'flush');
    expect(await command(page, 'pending')).toMatchObject({ count: 0 });
    expect(shownEvents().length).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
