// Every quality heard, in real Chromium under the demo's strict CSP: one scored answer per
// quality fills the dashboard's eleven heatmap cells, which work by keyboard and pass axe, light
// and dark, at 320 and 1280 px.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../collector/src/event';
import { QUALITIES, QUALITY_NAMES, QUALITY_STAGES } from '../../../src/model/qualities';
import { axeViolations } from '../axe';
import { launch } from '../chromium';
import { type Scenario, serveScenario } from '../serve';
import { openDashboard } from './open';

const DAY_MS = 86_400_000;
const NOW = Date.now();
// Set SCREENSHOTS=docs/screenshots to refresh the README's pictures.
const SCREENSHOTS = resolve(process.env.SCREENSHOTS ?? 'test-results/screenshots');

let scenario: Scenario;
let browser: Awaited<ReturnType<typeof launch>>;
let sequence = 0;

interface Asked {
  quality: string;
  stage: string;
  question: { id: string; type: string; text: string };
  answer: { value: unknown; score?: number; followUp?: string };
  path?: string[];
  type?: 'answer' | 'prompt.shown';
}

function event(asked: Asked): WireEvent {
  sequence += 1;
  const context: Record<string, unknown> = { page: '/', locale: 'en' };
  if (asked.path) context.journey = { stagesSeen: asked.path, daysSinceFirstSeen: 3 };
  return {
    specversion: '1.0',
    id: `answers-test-${sequence}`,
    source: 'http://localhost',
    type: `waypoint.${asked.type ?? 'answer'}`,
    subject: asked.question.id,
    time: new Date(NOW - DAY_MS - sequence * 60_000).toISOString(),
    datacontenttype: 'application/json',
    site: 'demo-shop',
    stage: asked.stage,
    quality: asked.quality,
    data: {
      question: { version: 1, ...asked.question },
      ...(asked.type === 'prompt.shown' ? {} : { answer: asked.answer }),
      context,
    },
  };
}

/** Each quality's first default stage: where the default bank asks it first. */
const firstStage = (quality: (typeof QUALITIES)[number]) => QUALITY_STAGES[quality][0] as string;
const SCORES = [35, 90, 50, 75, 100, 10, 65, 80, 45, 25, 70];
const DELIVERY = {
  quality: 'duration',
  stage: 'use',
  question: { id: 'duration-need', type: 'choice', text: 'Is your need taken care of?' },
};

beforeAll(async () => {
  scenario = await serveScenario();
  const store = scenario.demo.store;
  // One scored closed answer per quality, as the SDK sends it (the score is on the wire), each
  // after its prompt was shown.
  store.insertBatch(
    QUALITIES.flatMap((quality, i) => {
      const asked = {
        quality,
        stage: firstStage(quality),
        question: { id: `${quality}-closed`, type: 'choice', text: `How was ${quality}?` },
        answer: { value: 'some', score: SCORES[i] as number },
      };
      return [event({ ...asked, type: 'prompt.shown' }), event(asked)];
    }),
  );
  store.insertBatch([
    // A cell with a distribution, prompts and words (a follow-up and an open-text answer).
    ...Array.from({ length: 4 }, () =>
      event({ ...DELIVERY, type: 'prompt.shown', answer: { value: null } }),
    ),
    event({ ...DELIVERY, answer: { value: 'partly', score: 50 } }),
    event({
      ...DELIVERY,
      answer: { value: 'partly', score: 50, followUp: 'Delivery <b>late</b> again.' },
      path: ['aware', 'explore', 'use'],
    }),
    event({ ...DELIVERY, answer: { value: 'yes', score: 100 } }),
    event({
      ...DELIVERY,
      question: { id: 'duration-words', type: 'text', text: 'In your own words?' },
      answer: { value: 'The delivery took a week.' },
      path: ['use'],
    }),
    // An older SDK's answer: no score on the wire, so the collector maps the scale (7 → 70).
    ...(['prompt.shown', 'answer'] as const).map((type) =>
      event({
        type,
        quality: 'advocate',
        stage: 'renew',
        question: { id: 'advocate-nps', type: 'nps', text: 'How likely are you to recommend us?' },
        answer: { value: 7 },
      }),
    ),
  ]);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await scenario?.dispose();
});

/** The dashboard signed in, once its words have drawn. */
async function open(viewport?: { width: number; height: number }) {
  const opened = await openDashboard(browser.context, scenario.demo, { viewport });
  await opened.page.locator('#words .words__item').first().waitFor();
  return opened;
}

const cell = (page: Page, quality: string, stage: string) =>
  page.locator(`#heatmap td[data-quality="${quality}"][data-stage="${stage}"]`);
const focusedKey = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null);

/** Moves the grid's focus from where it is to `quality` × `stage` with the arrow keys. */
async function arrowTo(page: Page, quality: string, stage: string): Promise<void> {
  const where = (q: string, s: string) =>
    page.evaluate(
      ([q2, s2]) => {
        const td = document.querySelector(
          `#heatmap td[data-quality="${q2}"][data-stage="${s2}"]`,
        ) as HTMLTableCellElement;
        const row = td.parentElement as HTMLTableRowElement;
        return [row.sectionRowIndex, td.cellIndex] as [number, number];
      },
      [q, s],
    );
  const [fromQ, fromS] = ((await focusedKey(page)) ?? '').split(' ') as [string, string];
  const [r0, c0] = await where(fromQ, fromS);
  const [r1, c1] = await where(quality, stage);
  for (let i = 0; i < Math.abs(r1 - r0); i++)
    await page.keyboard.press(r1 > r0 ? 'ArrowDown' : 'ArrowUp');
  for (let i = 0; i < Math.abs(c1 - c0); i++)
    await page.keyboard.press(c1 > c0 ? 'ArrowRight' : 'ArrowLeft');
}

describe('hearing every quality on the dashboard', () => {
  it('shows a score in each of the eleven cells answered, one per quality', async () => {
    const { page, problems } = await open();
    for (const [i, quality] of QUALITIES.entries()) {
      // Duration × use also holds the answers opened below: 50, 50, 100 and 50 → 62.5.
      const expected = quality === 'duration' ? '63' : String(SCORES[i]);
      const score = cell(page, quality, firstStage(quality)).locator('.heat__score');
      expect([quality, await score.innerText()]).toEqual([quality, expected]);
    }
    // The older event without a score still gets the scale's mapping.
    expect(await cell(page, 'advocate', 'renew').locator('.heat__score').innerText()).toBe('70');
    // The trend covers all eleven, each with its line.
    expect(await page.locator('#trend .trend__name').allInnerTexts()).toEqual(
      QUALITIES.map((q) => QUALITY_NAMES[q]),
    );
    expect(await page.locator('#trend .trend__chart').count()).toBe(11);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves through the grid with the arrow keys and opens a cell with Enter', async () => {
    const { page, problems } = await open();
    // One tab stop: from the range form's last button, Tab lands on the grid's current cell.
    await page.getByRole('button', { name: 'Apply' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedKey(page)).toBe('perspective explore');
    expect(await page.locator('#heatmap td[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await focusedKey(page)).toBe('perspective decide');
    await page.keyboard.press('Home');
    expect(await focusedKey(page)).toBe('perspective aware');
    await arrowTo(page, 'duration', 'use');
    expect(await focusedKey(page)).toBe('duration use');

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Duration × Use' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.locator('.cell-view__figure dd').allInnerTexts())
      .toEqual(['63 of 100 (4 scored answers)', '5', '100% of 5 prompts']);
    const need = dialog
      .locator('.cell-view__block')
      .filter({ hasText: 'Is your need taken care of?' });
    expect(await need.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^partly\s+2\s+67%/),
      expect.stringMatching(/^yes\s+1\s+33%/),
    ]);
    const quotes = dialog.locator('.quote');
    expect(await quotes.locator('.quote__text').allInnerTexts()).toEqual([
      'Delivery <b>late</b> again.',
      'The delivery took a week.',
    ]);
    // Words are text, never markup.
    expect(await quotes.locator('b').count()).toBe(0);
    expect(await quotes.first().locator('.quote__path').innerText()).toBe(
      'Stages seen: Aware → Explore → Use',
    );

    await expect.poll(() => axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'cell-answers-1280-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'cell-answers-1280-light.png') });

    // Escape closes it and gives focus back to the cell.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedKey(page)).toBe('duration use');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists each quality's words, and a word opens the answers using it", async () => {
    const { page, problems } = await open();
    const duration = page.locator('#words [data-quality="duration"]');
    expect(await duration.locator('.term__word').allInnerTexts()).toEqual(
      expect.arrayContaining(['delivery', 'late', 'week']),
    );
    expect(await duration.locator('.term__word').first().innerText()).toBe('delivery');
    await duration.getByRole('button', { name: 'late 1 answer' }).click();
    const dialog = page.getByRole('dialog', { name: '“late” in Duration, every stage' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.locator('.quote__text').allInnerTexts())
      .toEqual(['Delivery <b>late</b> again.']);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 320],
    ['dark', 320],
  ] as const)(
    'reads well in %s at %i px: no axe violation, nothing wider than the screen',
    async (scheme, width) => {
      const { page, problems } = await open({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      mkdirSync(SCREENSHOTS, { recursive: true });
      // From the top to the end of the summary: the raw event list below it is not news.
      const summary = await page.locator('#summary').boundingBox();
      const height = Math.ceil((summary?.y ?? 0) + (summary?.height ?? 900));
      await page.screenshot({
        path: resolve(SCREENSHOTS, `dashboard-${width}-${scheme}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height },
      });
      if (width === 320) {
        await cell(page, 'duration', 'use').click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('.quote').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: resolve(SCREENSHOTS, `cell-answers-320-${scheme}.png`) });
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
