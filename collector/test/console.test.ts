// The console in real Chromium (Debian's, through playwright-core) against a collector started
// as `npx waypoint-collector` starts it: sign in with the admin token, write a question in the
// form, see the SDK's own card draw it, publish it and get it back from GET /v1/config/:site,
// be refused with problems by path, roll back, and find the read token cannot publish. axe
// checks every page, light and dark; screenshots go to test-results/ (docs/ with
// CONSOLE_SCREENSHOTS=docs/screenshots).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe.ts';
import { launch } from '../../test/browser/chromium.ts';
import { type RunningCollector, startCollector } from '../src/start.ts';

const READ = 'console-read-token-0123456789';
const ADMIN = 'console-admin-token-0123456789';
const SITE = 'console-shop';
const SHOTS = resolve(process.env.CONSOLE_SCREENSHOTS ?? 'test-results/screenshots');
const WAIT = { timeout: 15_000 };

const dir = mkdtempSync(join(tmpdir(), 'waypoint-console-'));
let collector: RunningCollector;
let browser: Awaited<ReturnType<typeof launch>>;

const served = async () => {
  const r = await fetch(`${collector.url}/v1/config/${SITE}`);
  return { status: r.status, body: r.status === 200 ? await r.json() : undefined };
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  collector = await startCollector({
    port: 0,
    sqlitePath: join(dir, 'events.db'),
    readToken: READ,
    adminToken: ADMIN,
    rateLimit: false,
    log: () => {},
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The config the look tests draw, when they run on their own (the tests above publish it). */
async function ensurePublished() {
  if ((await served()).status === 200) return;
  const config = {
    questions: [
      {
        id: 'delivery-speed',
        type: 'choice',
        quality: 'duration',
        text: 'Did your order arrive on time?',
        options: [
          { id: 'on-time', text: 'Yes, on time' },
          { id: 'late', text: 'No, it was late' },
        ],
      },
    ],
  };
  const r = await fetch(`${collector.url}/v1/sites/${SITE}/configs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ config, message: 'for the look tests', author: 'test' }),
  });
  expect(r.status).toBe(201);
}

/** A new page, its errors collected (the console must not throw into itself). */
async function open(options: { width?: number; dark?: boolean } = {}) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // An action that cannot happen fails with its own message, well before the test's time.
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
  await page.goto(`${collector.url}/console`);
  return { page, errors };
}

async function signIn(page: Page, token: string, site = SITE) {
  await page.getByLabel('Site id').fill(site);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.masthead').waitFor(WAIT);
}

/** The text the card shows in the preview frame (inside its shadow root). */
function previewText(page: Page) {
  return page
    .frameLocator('.preview iframe')
    .locator('waypoint-prompt')
    .evaluate((host) => host.shadowRoot?.textContent ?? '');
}

describe('the console', () => {
  it('is signed into with the admin token, kept out of the URL', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Site id').fill(SITE);
    await page.getByLabel('Token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.locator('.sign-in__status').innerText())
      .toBe('The collector does not know this token.');
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, ADMIN);
    expect(await page.locator('.role').innerText()).toBe('Admin: can publish');
    expect(page.url()).not.toContain(ADMIN);
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(stored).toContain(ADMIN);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes a question in the form, previews it with the SDK card, publishes and serves it', async () => {
    expect((await served()).status).toBe(404);
    const { page, errors } = await open();
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Question id').fill('delivery-speed');
    await page.getByLabel('Type', { exact: true }).first().selectOption('choice');
    await page.getByLabel('Quality').selectOption('duration');
    await page.locator('#field-questions_0__text').fill('Did your order arrive on time?');
    await page.locator('#field-questions_0__options_0__id').fill('on-time');
    await page.locator('#field-questions_0__options_0__text').fill('Yes, on time');
    await page.locator('#field-questions_0__options_1__id').fill('late');
    await page.locator('#field-questions_0__options_1__text').fill('No, it was late');
    await page.locator('#field-questions_0__options_0__score').fill('100');
    await page.locator('#field-questions_0__options_1__score').fill('0');
    await expect.poll(() => previewText(page), WAIT).toContain('Did your order arrive on time?');
    expect(await previewText(page)).toContain('No, it was late');
    await page.screenshot({ path: join(SHOTS, 'console-preview-test.png') });

    await page.getByLabel('Message').fill('Ask about delivery');
    await page.getByLabel('Published by').fill('Ana');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(() => page.locator('#publish-status').innerText(), WAIT)
      .toBe('Published version 1.');
    const published = await served();
    expect(published.body.questions).toEqual([
      {
        id: 'delivery-speed',
        type: 'choice',
        quality: 'duration',
        text: 'Did your order arrive on time?',
        options: [
          { id: 'on-time', text: 'Yes, on time', score: 100 },
          { id: 'late', text: 'No, it was late', score: 0 },
        ],
      },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a config the schema refuses, with the problems by path in the form', async () => {
    const { page } = await open();
    await signIn(page, ADMIN);
    await page.getByLabel('Question id').fill('not an id!');
    const problems = page.locator('.problems');
    await problems.waitFor(WAIT);
    expect(await problems.innerText()).toContain('questions[0].id');
    expect(await page.locator('#field-questions_0__id').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    expect(await page.locator('#publish-status').innerText()).toBe(
      'Fix the problems above to publish.',
    );
    // The JSON view checks the same way, underlining the value by path.
    await page.locator('.cm-lint-marker-error').first().waitFor(WAIT);
    // The problem's link takes focus to its field.
    await problems.getByRole('button', { name: 'questions[0].id' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-questions_0__id');
    // The server refuses it too (what the disabled button keeps the page from sending).
    const refused = await fetch(`${collector.url}/v1/sites/${SITE}/configs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        config: { questions: [{ id: 'not an id!' }] },
        message: 'bad',
        author: 'test',
      }),
    });
    expect(refused.status).toBe(422);
    expect((await served()).body.questions[0].id).toBe('delivery-speed');
    await page.close();
  });

  it('rolls back to the previous version in one click, with a diff', async () => {
    const { page } = await open();
    await signIn(page, ADMIN);
    await page.locator('#field-questions_0__text').fill('Was your order on time?');
    await page.getByLabel('Message').fill('Shorter wording');
    await page.getByLabel('Published by').fill('Ana');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(async () => (await served()).body?.questions[0].text, WAIT)
      .toBe('Was your order on time?');
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Diff v2' }).click();
    const diff = page.locator('.diff');
    await diff.waitFor(WAIT);
    expect(await diff.locator('.diff__del').innerText()).toContain(
      'Did your order arrive on time?',
    );
    expect(await diff.locator('.diff__add').innerText()).toContain('Was your order on time?');
    await page.getByRole('button', { name: 'Roll back to v1' }).click();
    await expect
      .poll(async () => (await served()).body?.questions[0].text, WAIT)
      .toBe('Did your order arrive on time?');
    const latest = await fetch(`${collector.url}/v1/config/${SITE}`);
    const etag = latest.headers.get('etag') as string;
    const again = await fetch(`${collector.url}/v1/config/${SITE}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    // The table reloads after the rollback's answer, a moment after the server serves it.
    await expect
      .poll(() => page.locator('.history tbody tr').first().innerText(), WAIT)
      .toContain('rollback to v1');
    await page.close();
  });

  it('tells a read token it can read but not publish', async () => {
    const { page, errors } = await open();
    await signIn(page, READ);
    expect(await page.locator('.role').innerText()).toBe('Read token: can read but not publish');
    expect(await page.locator('.publish--read').innerText()).toContain(
      'This token can read but not publish.',
    );
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    const refused = await page.evaluate(
      async ([site, token]) =>
        (
          await fetch(`/v1/sites/${site}/configs`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ config: { questions: [] }, message: 'x', author: 'x' }),
          })
        ).status,
      [SITE, READ],
    );
    expect(refused).toBe(403);
    // The install page takes either token.
    await page.getByRole('link', { name: 'Install' }).click();
    await page.getByRole('heading', { name: `Install on ${SITE}` }).waitFor(WAIT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the install page: the exact tag, CSP lines, last event and refused origins', async () => {
    const { page } = await open();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Install' }).click();
    const tag = page.locator('.install pre').first();
    await tag.waitFor(WAIT);
    const data = await (
      await fetch(`${collector.url}/v1/sites/${SITE}/install`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      })
    ).json();
    expect(await tag.innerText()).toBe(data.tag);
    expect(await page.locator('.install pre').nth(1).innerText()).toBe(data.csp.join('\n'));
    expect(await page.locator('.install').innerText()).toContain('No event from console-shop');
    await page.close();
  });

  it('marks the gaps in the coverage plan and fills one from the bank in a click', async () => {
    const { page } = await open();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Coverage plan' }).click();
    const grid = page.locator('table.grid');
    await grid.waitFor(WAIT);
    const row = grid.locator('tr', { has: page.locator('th', { hasText: 'Duration' }) });
    const use = row.locator('td').nth(4); // aware, explore, decide, onboard, use
    expect(await use.innerText()).toContain('delivery-speed');
    const advocate = grid.locator('tr', { has: page.locator('th', { hasText: 'Advocate' }) });
    const gap = advocate.getByRole('button', { name: 'Add the bank question for advocate at use' });
    await gap.click();
    await expect.poll(() => advocate.locator('td').nth(4).innerText()).not.toContain('Gap');
    await page.getByRole('link', { name: 'Editor' }).click();
    expect(await page.locator('.items').innerText()).toMatch(/advocate-\w+ · nps/);
    await page.close();
  });

  it('walks a survey through its branches in the preview, in each language, light and dark', async () => {
    const site = 'survey-shop';
    const config = {
      questions: [
        {
          id: 'recommend',
          quality: 'advocate',
          type: 'nps',
          text: { en: 'Would you recommend us?', fr: 'Nous recommanderiez-vous ?' },
        },
        { id: 'friend', quality: 'advocate', type: 'yesno', text: 'Have you told a friend?' },
        { id: 'improve', quality: 'perspective', type: 'text', text: 'What should we improve?' },
      ],
      surveys: [
        {
          id: 'after-order',
          steps: [
            { question: 'recommend', next: [{ when: { max: 6 }, goto: 'improve' }] },
            { question: 'friend', next: [{ goto: 'end' }] },
            { question: 'improve' },
          ],
        },
      ],
    };
    const published = await fetch(`${collector.url}/v1/sites/${site}/configs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ config, message: 'survey', author: 'test' }),
    });
    expect(published.status).toBe(201);
    const { page, errors } = await open();
    await signIn(page, ADMIN, site);
    const card = page.frameLocator('.preview iframe').locator('waypoint-prompt');
    await expect.poll(() => previewText(page), WAIT).toContain('Would you recommend us?');
    await page.locator('#preview-language').selectOption('fr');
    await expect.poll(() => previewText(page), WAIT).toContain('Nous recommanderiez-vous');
    await page.locator('#preview-language').selectOption('en');
    await page.getByRole('button', { name: /after-order/ }).click();
    await expect.poll(() => previewText(page), WAIT).toContain('Would you recommend us?');
    // The frame's own scrolling cannot bring a fixed card into the page's view: scroll the page.
    await page.locator('.preview iframe').scrollIntoViewIfNeeded();
    // A low score branches past "friend" to "improve".
    await card.getByRole('radio', { name: '3', exact: true }).click();
    await card.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => previewText(page), WAIT).toContain('What should we improve?');
    // A high score, after a restart, goes to the next step.
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect.poll(() => previewText(page), WAIT).toContain('Would you recommend us?');
    await card.getByRole('radio', { name: '9', exact: true }).click();
    await card.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => previewText(page), WAIT).toContain('Have you told a friend?');
    // Dark and 1280 px: the host takes the theme; the frame is as wide as a desktop.
    await page.getByLabel('Dark').check();
    await expect.poll(() => card.getAttribute('data-theme'), WAIT).toBe('dark');
    await page.getByLabel('1280 px').check();
    expect(
      await page
        .locator('.preview iframe')
        .evaluate((f) => (f as HTMLIFrameElement).contentWindow?.innerWidth),
    ).toBe(1280);
    // Nothing was sent: the preview records nowhere.
    const events = await fetch(`${collector.url}/v1/events?site=${site}`, {
      headers: { authorization: `Bearer ${READ}` },
    });
    expect(await events.json()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a preview link for the page the owner names, copied by keyboard', async () => {
    await ensurePublished();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: collector.url,
    });
    const { page, errors } = await open();
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: /^delivery-speed/ }).click();
    const address = page.getByLabel('Page with the tag');
    const link = page.getByLabel('Preview link', { exact: true });
    const copy = page.getByRole('button', { name: 'Copy the preview link' });
    expect(await link.getAttribute('readonly')).not.toBeNull();
    expect(await copy.isDisabled()).toBe(true);

    await address.fill('shop.example/checkout');
    await expect
      .poll(() => page.locator('#preview-page-problem').innerText())
      .toContain('https://');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await copy.isDisabled()).toBe(true);

    // An address with its own fragment: the preview's replaces it; the query stays.
    await address.fill('https://shop.example/checkout?step=2#top');
    const expected = 'https://shop.example/checkout?step=2#waypoint-preview=delivery-speed';
    await expect.poll(() => link.inputValue()).toBe(expected);
    // Keyboard alone: from the address, Tab reaches the link (to select it), then the button.
    await address.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('preview-link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.preview-link [role="status"]').innerText())
      .toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await axeViolations(page)).toEqual([]);

    // A new survey has its own link, and the page says the link shows what is published.
    await page.getByRole('button', { name: 'Add a survey' }).click();
    await expect
      .poll(() => link.inputValue())
      .toBe('https://shop.example/checkout?step=2#waypoint-preview=survey-1');
    expect(await page.locator('.preview-link').innerText()).toContain('Publish first');
    // The address is kept for the site, for the next visit.
    await page.reload();
    await page.getByRole('button', { name: /^delivery-speed/ }).click();
    expect(await page.getByLabel('Page with the tag').inputValue()).toBe(
      'https://shop.example/checkout?step=2#top',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${collector.url}/console`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    await page.keyboard.type(SITE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN);
    await page.keyboard.press('Enter');
    await page.locator('.masthead').waitFor(WAIT);
    // Tab to the Install link and follow it.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent === 'Install')) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Install on ${SITE}` }).waitFor(WAIT);
    await page.close();
  });

  for (const width of [320, 1280]) {
    for (const dark of [false, true]) {
      const look = `${width} px, ${dark ? 'dark' : 'light'}`;
      it(`has no axe violations on any page, and no sideways scroll (${look})`, async () => {
        await ensurePublished();
        const { page, errors } = await open({ width, dark });
        await signIn(page, ADMIN);
        const name = (p: string) =>
          join(SHOTS, `console-${p}-${width}-${dark ? 'dark' : 'light'}.png`);
        await expect.poll(() => previewText(page), WAIT).toContain('Did your order arrive');
        await page.locator('.cm-content').waitFor(WAIT);
        expect(await axeViolations(page)).toEqual([]);
        // The top of the editor as a visitor to the README sees it: a full-page capture resizes
        // the view, and CodeMirror measures its gutter again only after the capture.
        await page.screenshot({ path: name('editor') });
        await page.locator('.json-view').screenshot({ path: name('json') });
        if (width === 1280) await page.getByLabel('1280 px').check();
        await page.locator('.preview').screenshot({ path: name('preview') });
        await page.getByLabel('Page with the tag').fill('https://shop.example/checkout');
        expect(await axeViolations(page), 'preview link').toEqual([]);
        await page.locator('.preview-link').screenshot({ path: name('preview-link') });
        for (const [link, shot] of [
          ['Coverage plan', 'coverage'],
          ['Install', 'install'],
          ['History', 'history'],
        ] as const) {
          await page.getByRole('link', { name: link }).click();
          await page.locator('main h1').waitFor(WAIT);
          await page.waitForLoadState('networkidle');
          expect(await axeViolations(page), link).toEqual([]);
          const sideways = await page.evaluate(
            () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
          );
          expect(sideways, `${link} scrolls sideways`).toBe(false);
          await page.screenshot({ path: name(shot), fullPage: true });
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
