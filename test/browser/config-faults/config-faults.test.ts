// Configs and installs that cannot work, in real Chromium against the built files: each leaves
// the widget dormant with one clear console error, and nothing reaches the page as an exception
// or an unhandled rejection.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
const suite = useScenario('test/browser/config-faults');

interface Visit {
  page: Page;
  /** Console errors, and page errors and unhandled rejections (prefixed). */
  errors: string[];
}

async function visit(path: string, before?: (page: Page) => Promise<unknown>): Promise<Visit> {
  const page = await suite.context.newPage();
  await before?.(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The browser's own line for a 404 is not ours to count.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (e) => {
      console.error(`unhandledrejection: ${String(e.reason)}`);
    });
  });
  await page.goto(suite.demo.url + path);
  return { page, errors };
}

/** Whether the widget drew anything: a card or a launcher tab. */
const drawn = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('waypoint-prompt, waypoint-launcher').length);

/** The widget's command is installed (dormant or running). */
const loaded = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
    undefined,
    WAIT,
  );

describe('a data-config that cannot be used, on a device that never had a good copy', () => {
  it.each([
    ['missing (404)', '/missing.html', /\/missing\.json".*HTTP 404/s],
    ['invalid', '/invalid.html', /\/invalid\.json".*questions\[0\]\.type.*#waypoint-debug/s],
  ])(
    '%s: dormant, no prompt, one console error naming the URL and the problem',
    async (_n, path, says) => {
      const { page, errors } = await visit(path);
      await expect.poll(() => errors.length, WAIT).toBeGreaterThan(0);
      await loaded(page);
      // The stub asked for the built-in NPS before the widget loaded: nothing is asked.
      expect(
        await page.evaluate(() =>
          (window as unknown as { waypoint(...a: unknown[]): unknown }).waypoint(
            'ask',
            'advocate-nps',
          ),
        ),
      ).toBeUndefined();
      expect(await drawn(page)).toBe(0);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(says);
      expect(errors[0]).not.toMatch(/pageerror|unhandledrejection/);
      expect(suite.demo.store.list()).toEqual([]);
      await page.close();
    },
  );
});

describe('a launcher whose label is null', () => {
  it('draws nothing, throws nothing, and logs one console error naming the field', async () => {
    // A busy page, where idle time comes late: nothing waits for idle time to refuse it.
    const { page, errors } = await visit('/launcher-null.html', (p) =>
      p.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      }),
    );
    await expect.poll(() => errors.length, WAIT).toBeGreaterThan(0);
    await loaded(page);
    await page.waitForLoadState('load');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('appearance.launcher.label');
    expect(await drawn(page)).toBe(0);
    await page.close();
  });
});

describe('only waypoint.js copied, without its chunks', () => {
  it.each([
    ['a data-config', '/core-only.html'],
    ['an inline config', '/core-inline.html'],
  ])(
    'with %s: never throws, and the console names the missing file and what to copy',
    async (_n, path) => {
      let asked = 0;
      let answered = 0;
      const v = await visit(path, async (page) => {
        page.on('request', (r) => {
          if (/\/waypoint-/.test(r.url())) asked++;
        });
        page.on('response', (r) => {
          if (/\/waypoint-/.test(r.url())) answered++;
        });
        await page.route(/\/waypoint-[^/]*\.js(\?.*)?$/, (route) =>
          route.fulfill({ status: 404, body: 'not found' }),
        );
      });
      const missing =
        /the file waypoint-[a-z]+\.[^ ]*js was not found next to waypoint\.js; copy every dist\/waypoint\*\.js file/;
      await expect.poll(() => v.errors.join('\n'), WAIT).toMatch(missing);
      await loaded(v.page);
      // Every chunk asked for has had its 404, and what followed it has run.
      await expect.poll(() => answered, WAIT).toBe(asked);
      await v.page.evaluate(() => new Promise((r) => setTimeout(r)));
      expect(v.errors.filter((e) => /pageerror|unhandledrejection/.test(e))).toEqual([]);
      expect(v.errors.join('\n')).not.toContain('is invalid');
      await v.page.close();
    },
  );
});
