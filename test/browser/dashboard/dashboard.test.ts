// The dashboard in real Chromium under the demo's strict CSP: events stored in the collector
// come back as the headline figures, the quality × stage heatmap and the latest words, and a
// new date range redraws them.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../collector/src/event';
import { QUALITIES, QUALITY_NAMES } from '../../../src/model/qualities';
import { DEFAULT_STAGES } from '../../../src/model/stages';
import { axeViolations } from '../axe';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';
import { type OpenDashboard, openDashboard } from './open';

const DAY_MS = 86_400_000;
const NOW = Date.now();
const SCREENSHOTS = resolve('test-results/screenshots');

let scenario: Scenario;
let browser: Awaited<ReturnType<typeof launch>>;
let sequence = 0;

/** A stored Waypoint event `daysAgo` days before now, at `quality` × `stage`. */
function event(
  type: 'answer' | 'prompt.shown' | 'prompt.dismissed',
  at: { quality: string; stage: string; daysAgo: number },
  question: { type: string; text: string },
  answer?: { value: unknown; followUp?: string },
): WireEvent {
  sequence += 1;
  return {
    specversion: '1.0',
    id: `dashboard-test-${sequence}`,
    source: 'http://localhost',
    type: `waypoint.${type}`,
    subject: `${at.quality}-question`,
    time: new Date(NOW - at.daysAgo * DAY_MS - sequence * 1000).toISOString(),
    datacontenttype: 'application/json',
    site: 'demo-shop',
    stage: at.stage,
    quality: at.quality,
    data: {
      question: { id: `${at.quality}-question`, version: 1, ...question },
      ...(answer ? { answer } : {}),
      context: { page: '/', locale: 'en' },
    },
  };
}

const NPS = { type: 'nps', text: 'How likely are you to recommend us?' };
const recentUse = { quality: 'advocate', stage: 'use', daysAgo: 2 };
const oldUse = { quality: 'advocate', stage: 'use', daysAgo: 45 };

beforeAll(async () => {
  scenario = await serveScenario();
  scenario.demo.store.insertBatch([
    // Last 30 days, advocate × use: 10 shown, NPS 10, 10, 9, 8, 3 → cell 80, NPS +40, 50%.
    ...Array.from({ length: 10 }, () => event('prompt.shown', recentUse, NPS)),
    ...[10, 10, 9, 8].map((value) => event('answer', recentUse, NPS, { value })),
    event('answer', recentUse, NPS, { value: 3, followUp: 'Delivery took nine days.' }),
    // 45 days ago: five detractors more, and five more prompts shown.
    ...Array.from({ length: 5 }, () => event('prompt.shown', oldUse, NPS)),
    ...Array.from({ length: 5 }, () => event('answer', oldUse, NPS, { value: 0 })),
    event(
      'answer',
      { quality: 'preventive', stage: 'decide', daysAgo: 1 },
      { type: 'effort', text: 'How easy was it?' },
      { value: 4 },
    ),
    event(
      'answer',
      { quality: 'duration', stage: 'exit', daysAgo: 3 },
      { type: 'choice', text: 'Is your need taken care of?' },
      { value: 'partly' },
    ),
    event(
      'answer',
      { quality: 'perspective', stage: 'explore', daysAgo: 1 },
      { type: 'text', text: 'In your own words?' },
      { value: 'Lovely tea, quick delivery.' },
    ),
  ]);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

const open = (options?: OpenDashboard) => openDashboard(browser.context, scenario.demo, options);

const npsFigure = (page: Page) => page.locator('[data-figure="nps"] .figure__number');
const heatCell = (page: Page, quality: string, stage: string) =>
  page.locator(`#heatmap td[data-quality="${quality}"][data-stage="${stage}"]`);

/** The visible score, n and rate, and the screen reader's sentence, of one cell. */
async function cellText(page: Page, quality: string, stage: string): Promise<string[]> {
  const cell = heatCell(page, quality, stage);
  return Promise.all(
    ['.heat__score', '.heat__n', '.heat__rate', '.visually-hidden'].map(async (part) =>
      (await cell.locator(part).count()) ? cell.locator(part).innerText() : '',
    ),
  );
}

describe('the dashboard', () => {
  it('asks for the read token, keeps it out of the address bar, and refuses a wrong one', async () => {
    const { page, problems } = await open({ signedIn: false });
    await page.locator('#sign-in').waitFor();
    expect(await page.locator('#signed-in').isHidden()).toBe(true);
    await page.getByLabel('Read token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.locator('#sign-in-status').innerText())
      .toBe('Reads are private: the read token was refused.');
    await page.getByLabel('Read token').fill(scenario.demo.readToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#summary:not([hidden])').waitFor();
    expect(await npsFigure(page).innerText()).toBe('+40');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    await page.close();

    const signedIn = await open();
    expect(new URL(signedIn.page.url()).hash).toBe('');
    expect(await signedIn.page.locator('#sign-in').isHidden()).toBe(true);
    await signedIn.page.close();
  });

  it('downloads the stored events as CSV with the token', async () => {
    const { page, problems } = await open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('waypoint-events.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toMatch(/^time,type,site,stage,quality/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the last 30 days: figures, heatmap and latest words, accessibly', async () => {
    const { page, problems } = await open();

    expect(await npsFigure(page).innerText()).toBe('+40');
    expect(await page.locator('#heatmap tbody th').allInnerTexts()).toEqual(
      QUALITIES.map((quality) => QUALITY_NAMES[quality]),
    );
    const stageNames = DEFAULT_STAGES.map((stage) => stage[0]?.toUpperCase() + stage.slice(1));
    expect(await page.locator('#heatmap thead th').allInnerTexts()).toEqual([
      'Quality',
      ...stageNames,
    ]);
    expect(await cellText(page, 'advocate', 'use')).toEqual([
      '80',
      'n 5',
      '50%',
      'Score 80 of 100 from 5 answers. 10 prompts shown, response rate 50%.',
    ]);
    await expect
      .poll(() => heatCell(page, 'advocate', 'use').getAttribute('class'))
      .toBe('heat heat--4');
    expect(await cellText(page, 'preventive', 'decide')).toEqual([
      '50',
      'n 1',
      '',
      'Score 50 of 100 from 1 answer. No prompts shown.',
    ]);
    expect((await cellText(page, 'duration', 'exit')).slice(0, 2)).toEqual(['—', 'n 1']);
    expect(await cellText(page, 'advocate', 'aware')).toEqual(['·', '', '', 'No events.']);
    expect(await page.locator('#heatmap td').count()).toBe(11 * 8);

    // The trend: every quality, a line for each with scored answers, in the model's order.
    expect(await page.locator('#trend .trend__name').count()).toBe(11);
    expect(await page.locator('#trend .trend__item:has(svg) .trend__name').allInnerTexts()).toEqual(
      ['Preventive', 'Advocate'],
    );
    expect(
      await page.locator('#trend [data-quality="advocate"] .visually-hidden').innerText(),
    ).toMatch(/^Advocate: scores on 1 day, from 80 on .+ to 80 on .+\.$/);

    const quotes = await page.locator('#latest-text .quote__text').allInnerTexts();
    expect(quotes).toEqual(['Lovely tea, quick delivery.', 'Delivery took nine days.']);
    expect(await page.locator('#latest-text .quote__context').nth(1).innerText()).toBe(
      'Follow-up to “How likely are you to recommend us?” (answered 3)',
    );

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('redraws for a new date range, and says why when the range is wrong', async () => {
    const { page, problems } = await open();
    expect(await npsFigure(page).innerText()).toBe('+40');

    const from = new Date(NOW - 60 * DAY_MS).toISOString().slice(0, 10);
    await page.locator('input[name="from"]').fill(from);
    // 45 days ago adds five detractors: 3 promoters, 1 passive, 6 detractors of 10 → −30.
    await expect.poll(() => npsFigure(page).innerText()).toBe('-30');
    expect(await cellText(page, 'advocate', 'use')).toEqual([
      '40',
      'n 10',
      '67%',
      'Score 40 of 100 from 10 answers. 15 prompts shown, response rate 67%.',
    ]);
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    expect(problems).toEqual([]);

    const to = new Date(NOW - 90 * DAY_MS).toISOString().slice(0, 10);
    await page.locator('input[name="to"]').fill(to);
    await expect
      .poll(() => page.locator('#summary-status').innerText())
      .toBe(`Could not load the summary: from (${from}) must not be after to (${to})`);
    expect(await page.locator('#summary').isHidden()).toBe(true);
    // Chromium's own line for any 4xx fetch (the summary and the words); the page logs nothing.
    expect(problems).toEqual(
      Array(2).fill(
        'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
      ),
    );
    await page.close();
  });

  it('filters by stage, from the stages the server gives', async () => {
    const { page, problems } = await open();
    await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption('decide');
    await expect
      .poll(() =>
        page.locator('#heatmap td[data-quality="advocate"][data-stage="use"] .heat__n').count(),
      )
      .toBe(0);
    expect(new URL(page.url()).searchParams.get('stage')).toBe('decide');
    expect(await page.locator('#trend .trend__item:has(svg) .trend__name').allInnerTexts()).toEqual(
      ['Preventive'],
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 320 px screen: only the heatmap scrolls sideways', async () => {
    const { page, problems } = await open({ viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      heatmap: document.getElementById('heatmap')?.parentElement?.clientWidth ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.heatmap).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  // Last: it stores a second site's events, which the figures above do not count.
  it('names its site from the sites it has seen, and filters by site', async () => {
    const single = await open();
    expect(await single.page.locator('#site-name').innerText()).toBe('demo-shop');
    expect(await single.page.locator('body').innerText()).not.toMatch(/Tidewater|Back to the/);
    await single.page.close();

    scenario.demo.store.insertBatch([
      { ...event('answer', recentUse, NPS, { value: 0 }), site: 'other-shop' },
    ]);
    const { page, problems } = await open();
    expect(await page.locator('#site-name').innerText()).toBe('All 2 sites');
    const siteFilter = page.getByRole('combobox', { name: 'Site', exact: true });
    expect(await siteFilter.locator('option').allInnerTexts()).toEqual([
      'All sites',
      'demo-shop',
      'other-shop',
    ]);
    await siteFilter.selectOption('other-shop');
    await expect.poll(() => npsFigure(page).innerText()).toBe('-100');
    expect(await page.locator('#site-name').innerText()).toBe('other-shop');
    expect(new URL(page.url()).searchParams.get('site')).toBe('other-shop');
    const siteColumn = page.locator('#events-body td:nth-child(3)');
    await expect.poll(() => siteColumn.allInnerTexts()).toEqual(['other-shop']);
    await siteFilter.selectOption('demo-shop');
    await expect.poll(() => npsFigure(page).innerText()).toBe('+40');
    await expect
      .poll(async () => new Set(await siteColumn.allInnerTexts()))
      .toEqual(new Set(['demo-shop']));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
