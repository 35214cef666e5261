// Every quality heard, end to end: a real visitor answers one default-bank question of each of
// the eleven qualities through the built script tag, the score is computed on the device, and
// the dashboard's heatmap shows it in each quality's row. Real Chromium, the demo collector.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUALITIES, QUALITY_STAGES, type Quality } from '../../../src/model/qualities';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
// Set SCREENSHOTS=docs/screenshots to refresh the README's picture.
const SCREENSHOTS = resolve(process.env.SCREENSHOTS ?? 'test-results/screenshots');
const s = useScenario('test/browser/every-quality', { rateLimit: false });

interface Answer {
  /** The default bank's closed question of the quality. */
  id: string;
  /** The radio the visitor picks: a scale point, an option or Yes/No as the card names it. */
  pick: string;
  /** What the bank's mapping gives that answer, as the heatmap shows it. */
  score: string;
  /** Words for the follow-up, where the answer opens one. */
  words?: string;
}

const ANSWERS: Record<Quality, Answer> = {
  perspective: { id: 'perspective-match', pick: '4', score: '75', words: 'Much as I hoped.' },
  preventive: { id: 'preventive-effort', pick: '7', score: '100' },
  duration: { id: 'duration-need', pick: 'Partly', score: '50', words: 'A refund.' },
  dynamic: { id: 'dynamic-change', pick: 'Very well', score: '75' },
  choice: { id: 'choice-freedom', pick: 'Yes', score: '100' },
  multifaceted: { id: 'multifaceted-feeling', pick: 'Happy', score: '75' },
  operational: { id: 'operational-obstacles', pick: 'No', score: '100' },
  integrative: { id: 'integrative-repeat', pick: 'Yes', score: '0', words: 'My address.' },
  anticipatory: { id: 'anticipatory-next', pick: '2', score: '25', words: 'Gift wrapping.' },
  transparent: { id: 'transparent-intent', pick: '5', score: '100' },
  advocate: { id: 'advocate-nps', pick: '9', score: '90' },
};

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

/** Each quality's first default stage: where the bank asks it first. */
const firstStage = (quality: Quality) => QUALITY_STAGES[quality][0] as string;

/** A fresh page at the quality's stage: `ask` shows the question now, past caps. */
async function answer(quality: Quality, problems: string[]): Promise<void> {
  const { id, pick, words } = ANSWERS[quality];
  const page = await s.context.newPage();
  page.on('pageerror', (e) => problems.push(`${id}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${id}: ${m.text()}`));
  await page.goto(`${s.demo.url}/`);
  await page.waitForFunction(
    () => (window as { waypoint?: { loaded?: boolean } }).waypoint?.loaded,
  );
  await command(page, 'stage', firstStage(quality));
  expect([id, await command(page, 'ask', id)]).toMatchObject([id, { shown: true }]);
  const card = page.locator('waypoint-prompt');
  await card.getByRole('radio', { name: pick, exact: true }).check(WAIT);
  if (words) await card.getByRole('textbox').fill(words);
  await card.getByRole('button', { name: 'Send' }).click();
  await card
    .getByText(/^Thank you/)
    .first()
    .waitFor(WAIT);
  await command(page, 'flush');
  expect(await command(page, 'pending')).toMatchObject({ count: 0 });
  await page.close();
}

describe('hearing every quality with the real widget', () => {
  it('answers one question of each of the eleven, and the heatmap scores each row', async () => {
    const problems: string[] = [];
    for (const quality of QUALITIES) await answer(quality, problems);

    // What the device sent: the bank's question, and the score its mapping gives.
    const answers = s.demo.store.list({ type: 'waypoint.answer' });
    expect(answers).toHaveLength(11);
    for (const quality of QUALITIES) {
      const event = answers.find((e) => e.subject === ANSWERS[quality].id);
      const score = (event?.data.answer as { score?: number } | undefined)?.score;
      expect([quality, event?.stage, score]).toEqual([
        quality,
        firstStage(quality),
        Number(ANSWERS[quality].score),
      ]);
    }

    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on('pageerror', (e) => problems.push(`dashboard: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`dashboard: ${m.text()}`));
    await page.goto(`${s.demo.url}/dashboard#token=${s.demo.readToken}`);
    await page.locator('#summary:not([hidden])').waitFor(WAIT);
    for (const quality of QUALITIES) {
      // The one scored cell of the quality's row (empty and unscored cells show none), where
      // it was asked.
      const row = page.locator(
        `#heatmap td[data-quality="${quality}"][data-events]:not(.heat--unscored)`,
      );
      const scored = page.locator(
        `#heatmap td[data-quality="${quality}"][data-stage="${firstStage(quality)}"] .heat__score`,
      );
      expect([quality, await row.count(), await scored.innerText()]).toEqual([
        quality,
        1,
        ANSWERS[quality].score,
      ]);
    }

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('#heatmap').screenshot({ path: resolve(SCREENSHOTS, 'heatmap-eleven.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
