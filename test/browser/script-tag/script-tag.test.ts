// The whole path for real: a demo page includes dist/waypoint.js by script tag under a strict
// CSP; a customer answers the NPS by clicking; the CloudEvent lands in the SQLite collector.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { collectProblems } from '../problems';
import { type Scenario, serveScenario } from '../serve';

let demo: Demo;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let scenario: Scenario;

beforeAll(async () => {
  scenario = await serveScenario(); // the demo shop itself, as a site owner ships it
  demo = scenario.demo;
  browser = await launch();
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

/** Opens `path`, collecting CSP violations and page errors as they happen. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = await collectProblems(page);
  await page.goto(demo.url + path);
  return { page, problems };
}

describe('the script tag in real Chromium', () => {
  it('shows the NPS prompt, takes a click answer and delivers it to the collector once', async () => {
    const { page, problems } = await open('/account');
    await page.waitForFunction(
      () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
    );
    await page.getByRole('button', { name: 'Give feedback' }).click();

    const card = page.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '9' }).check();
    await card.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(
        () => card.locator('.wp-status').getByText('Thank you — sent.', { exact: true }).count(),
        { timeout: 10_000 },
      )
      .toBe(1);

    const answers = demo.store.list({ type: 'waypoint.answer' });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      specversion: '1.0',
      type: 'waypoint.answer',
      subject: 'advocate-nps',
      site: 'demo-shop',
      stage: 'use',
      quality: 'advocate',
      data: { answer: { value: 9 }, context: { page: '/account' } },
    });
    // Polled: delivery is eventual, and the shown event's batch may arrive after the answer's.
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.shown' }).length, { timeout: 15_000 })
      .toBe(1);
    expect(problems).toEqual([]);

    // The IndexedDB queue is empty: everything was acknowledged, then deleted.
    const queued = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('waypoint');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const range = IDBKeyRange.bound('q/', 'q/\uffff');
            const count = req.result.transaction('kv').objectStore('kv').count(range);
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(queued).toBe(0);
    await page.close();
  });

  it('stays dormant with one clear console error when the config is invalid', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.route('**/bad-config', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>x</title><script src="/waypoint.js" data-endpoint="ftp://nope.example"></script>',
      }),
    );
    await page.goto(`${demo.url}/bad-config`);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('endpoint: must be https: (or http: on localhost)');
    expect(errors[0]).not.toContain('pageerror');
    await page.close();
  });
});
