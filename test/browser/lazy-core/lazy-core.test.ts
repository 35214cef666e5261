// The script tag as a core plus lazy chunks, in real Chromium against the built files: a page
// view with nothing due fetches the core alone, chunks load under a strict CSP, and a blocked
// chunk is an `error`, never an exception.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch } from '../chromium';
import { collectProblems } from '../problems';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
const suite = useScenario('test/browser/lazy-core');

interface Visit {
  page: Page;
  /** Widget files requested, by file name (`waypoint.js`, `waypoint-ui.<hash>.js`, …). */
  fetched: string[];
  problems: string[];
}

/** Opens `path` (optionally with its own CSP), collecting widget requests and any problem. */
async function visit(path: string, csp?: string): Promise<Visit> {
  const page = await suite.context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.slice(1);
    if (/^waypoint.*\.js$/.test(file)) fetched.push(file);
  });
  const problems = await collectProblems(page);
  if (csp) {
    await page.route(`**${path}`, async (route) => {
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        headers: { ...res.headers(), 'content-security-policy': csp },
      });
    });
  }
  await page.goto(suite.demo.url + path);
  await page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );
  return { page, fetched, problems };
}

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

/** Lets the page settle: storage opened, idle work done. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300))));

describe('the lazy core in real Chromium', () => {
  it('fetches only the core on a page view with nothing due, the first view as the next', async () => {
    // The config is checked where it is written, not here: no validator on a first view.
    for (const view of ['first', 'next']) {
      const v = await visit('/idle.html');
      await settle(v.page);
      expect(v.fetched, view).toEqual(['waypoint.js']);
      expect(v.problems).toEqual([]);
      expect(await v.page.locator('waypoint-prompt').count()).toBe(0);
      await v.page.close();
    }
  });

  it('leaves a new device untouched on a page view with nothing due: no runtime, no database, no key', async () => {
    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
      await page.goto(`${suite.demo.url}/idle.html`);
      await page.waitForFunction(
        () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
      );
      await settle(page);
      expect(fetched.filter((f) => f.startsWith('waypoint'))).toEqual(['waypoint.js']);
      const device = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        keys: Object.keys(localStorage),
      }));
      expect(device).toEqual({ databases: [], keys: [] });
      // A call that needs the runtime wakes it; one that does not (a listener) waits quietly.
      await page.evaluate(() => {
        const w = window as unknown as { waypoint(...a: unknown[]): unknown };
        w.waypoint('on', 'error', () => undefined);
      });
      await settle(page);
      expect(fetched.filter((f) => f.startsWith('waypoint-runtime.'))).toEqual([]);
      expect(await command(page, 'ask', 'transparent-rate')).toMatchObject({ shown: true });
      expect(fetched.filter((f) => f.startsWith('waypoint-runtime.'))).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('loads the targeting engine where a question asks itself, and not once the session had its prompt', async () => {
    // A fresh profile: no prompt shown on it yet.
    const fresh = await launch();
    try {
      const open = async () => {
        const page = await fresh.context.newPage();
        const fetched: string[] = [];
        page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
        await page.goto(`${suite.demo.url}/renew.html`);
        return { page, fetched };
      };
      const first = await open();
      const card = first.page.locator('waypoint-prompt');
      await card.getByRole('button', { name: 'Not now' }).click(WAIT);
      expect(first.fetched.some((f) => f.startsWith('waypoint-targeting.'))).toBe(true);
      await first.page.close();

      // The same session: one prompt per session is spent, so nothing decides anything here.
      const next = await open();
      await settle(next.page);
      expect(next.fetched.filter((f) => f.startsWith('waypoint'))).not.toContainEqual(
        expect.stringMatching(/^waypoint-(targeting|ui|act)\./),
      );
      // The device holds this visitor now: its stores come in their own chunk, read at once.
      expect(next.fetched.some((f) => f.startsWith('waypoint-storage.'))).toBe(true);
      expect(await next.page.locator('waypoint-prompt').count()).toBe(0);
      await next.page.close();
    } finally {
      await fresh.close();
    }
  });

  it('loads the card and its language on ask, and the answer reaches the collector', async () => {
    const v = await visit('/idle.html');
    await settle(v.page);
    expect(v.fetched).toEqual(['waypoint.js']);
    const asked = command(v.page, 'ask', 'transparent-rate');
    const card = v.page.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '4' }).check(WAIT);
    expect(await asked).toMatchObject({ shown: true });
    expect(v.fetched.filter((f) => /^waypoint-(ui|en|delivery)\./.test(f))).toHaveLength(3);
    expect(v.fetched.some((f) => /^waypoint-(fr|de|es|ar)\./.test(f))).toBe(false);
    await card.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => suite.demo.store.list({ type: 'waypoint.answer' }).length, WAIT)
      .toBe(1);
    expect(suite.demo.store.list({ type: 'waypoint.answer' })[0]).toMatchObject({
      subject: 'transparent-rate',
      data: { answer: { value: 4 }, question: { text: 'How open were we with you today?' } },
    });
    expect(v.problems).toEqual([]);
    await v.page.close();
  });

  it('fetches what a card needs in one wave: storage is asked for before delivery has arrived', async () => {
    // A new device: nothing of ours cached or stored, so every chunk is fetched for this card.
    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      const problems = await collectProblems(page);
      // Requests started and answers received, in order, by chunk name.
      const events: string[] = [];
      const kind = (url: string) => /\/waypoint-([a-z]+)\./.exec(url)?.[1];
      page.on('request', (r) => kind(r.url()) && events.push(`asked ${kind(r.url())}`));
      page.on('requestfinished', (r) => kind(r.url()) && events.push(`got ${kind(r.url())}`));
      await page.goto(`${suite.demo.url}/idle.html`);
      await settle(page);
      expect(events).toEqual([]);
      const asked = command(page, 'ask', 'transparent-rate');
      await page.locator('waypoint-prompt').getByRole('radio', { name: '4' }).waitFor(WAIT);
      expect(await asked).toMatchObject({ shown: true });
      await expect.poll(() => events.includes('got storage'), WAIT).toBe(true);
      // Without the one wave, storage is found only once delivery has arrived and been read,
      // and the shared chunk only once the card's code has.
      expect(events.indexOf('asked storage')).toBeLessThan(events.indexOf('got delivery'));
      expect(events.indexOf('asked shared')).toBeLessThan(events.indexOf('got ui'));
      expect(events.indexOf('asked delivery')).toBeLessThan(events.indexOf('got ui'));
      // The act that draws the card rides in the card's file: one file for both.
      expect(events.filter((e) => e.startsWith('asked ')).sort()).toEqual([
        'asked delivery',
        'asked en',
        'asked runtime',
        'asked shared',
        'asked storage',
        'asked ui',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it.each([
    [
      "script-src 'self'; style-src 'self'",
      "default-src 'self'; script-src 'self'; style-src 'self'",
    ],
    [
      "a nonce and 'strict-dynamic'",
      "default-src 'self'; script-src 'nonce-n0nce-for-the-test' 'strict-dynamic'; style-src 'self'",
    ],
  ])('loads every chunk a prompt needs under %s, with no violation', async (_name, csp) => {
    const v = await visit('/idle.html', csp);
    const asked = await command(v.page, 'ask', 'transparent-rate');
    expect(asked).toMatchObject({ shown: true });
    await v.page.locator('waypoint-prompt').getByRole('radio', { name: '2' }).check(WAIT);
    expect(v.fetched.some((f) => f.startsWith('waypoint-ui.'))).toBe(true);
    expect(v.problems).toEqual([]);
    await v.page.close();
  });

  it('turns a blocked card chunk into an error event, and a later ask works', async () => {
    const v = await visit('/idle.html');
    await v.page.evaluate(() => {
      const w = window as unknown as { waypoint(...a: unknown[]): void; errors: string[] };
      w.errors = [];
      w.waypoint('on', 'error', (e: { code: string }) => w.errors.push(e.code));
    });
    await v.page.route('**/waypoint-ui.*.js*', (route) => route.abort('blockedbyclient'));
    expect(await command(v.page, 'ask', 'transparent-rate')).toEqual({
      shown: false,
      reason: 'render',
    });
    expect(await v.page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual(
      ['render'],
    );
    await v.page.unroute('**/waypoint-ui.*.js*');
    expect(await command(v.page, 'ask', 'transparent-rate')).toMatchObject({ shown: true });
    // The blocked request itself is the only console error Chromium prints: nothing of ours threw.
    expect(v.problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
    await v.page.close();
  });

  it('runs once when the tag is included twice', async () => {
    const v = await visit('/twice.html');
    expect(await command(v.page, 'ask', 'transparent-rate')).toMatchObject({ shown: true });
    await v.page.locator('waypoint-prompt').getByRole('radio', { name: '3' }).check(WAIT);
    expect(await v.page.locator('waypoint-prompt').count()).toBe(1);
    expect(v.problems).toEqual([]);
    await v.page.close();
  });
});
