// A hostile host page (RELIABILITY §10): patched prototypes and JSON, a wrapped fetch that
// throws once, aggressive CSS, and the script included twice. The answer must arrive intact,
// from one flusher, with nothing thrown into the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';

let demo: Demo;
let browser: Awaited<ReturnType<typeof launch>>;
let scenario: Scenario;

beforeAll(async () => {
  scenario = await serveScenario('test/browser/hostile', { rateLimit: false });
  demo = scenario.demo;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

describe('a hostile host page', () => {
  it('cannot corrupt the payload, start a second flusher or see an error of ours', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.hostErrors = [];
      window.addEventListener('error', (e) => (w.hostErrors as string[]).push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) =>
        (w.hostErrors as string[]).push(String(e.reason)),
      );
      // Prototype.js-era patches that rewrite JSON output.
      Object.defineProperty(Array.prototype, 'toJSON', {
        value: () => 'hijacked array',
        configurable: true,
      });
      Object.defineProperty(Object.prototype, 'toJSON', {
        value: () => 'hijacked object',
        configurable: true,
        writable: true,
      });
      Object.defineProperty(Date.prototype, 'toJSON', {
        value: () => 'hijacked date',
        configurable: true,
      });
      // A wrapped fetch that throws synchronously on its first call, then passes through.
      const original = window.fetch;
      let calls = 0;
      w.posts = 0;
      window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        calls++;
        if (init?.method === 'POST') w.posts = (w.posts as number) + 1;
        if (calls === 1 && init?.method === 'POST') throw new Error('tag manager exploded');
        return original.call(window, input, init);
      } as typeof fetch;
    });
    const infos: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'info') infos.push(m.text());
    });
    await page.goto(`${demo.url}/`);
    await page.waitForFunction(
      () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
    );
    expect(infos.some((t) => t.includes('included more than once'))).toBe(true);

    await page.evaluate(() =>
      (window as unknown as { waypoint(...a: unknown[]): void }).waypoint('ask', 'advocate-nps'),
    );
    const card = page.locator('waypoint-prompt');
    const box = await card.boundingBox();
    expect(box?.width).toBeGreaterThan(250); // still a full-size card under `* { all: unset }`
    await card.getByRole('radio', { name: '7', exact: true }).check();
    await card.getByRole('button', { name: 'Send' }).click();

    await expect
      .poll(() => demo.store.list({ type: 'waypoint.answer' }).length, { timeout: 15_000 })
      .toBe(1);
    const [stored] = demo.store.list({ type: 'waypoint.answer' });
    expect(stored).toMatchObject({
      specversion: '1.0',
      site: 'hostile-test',
      data: { answer: { value: 7 }, context: { journey: { stagesSeen: ['use'] } } },
    });
    expect(typeof stored?.time).toBe('string');
    expect(JSON.stringify(stored)).not.toContain('hijacked');
    // Two copies of the script, one instance: one shown event, one answer (polled: delivery is
    // eventual, and the shown event's batch may arrive after the answer's).
    await expect
      .poll(() => demo.store.list({ type: 'waypoint.prompt.shown' }).length, { timeout: 15_000 })
      .toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { hostErrors: string[] }).hostErrors),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
