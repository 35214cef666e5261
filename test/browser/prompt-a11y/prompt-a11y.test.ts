// axe-core (WCAG 2.0–2.2, levels A and AA) finds nothing to report on any question type, in the
// light and the dark theme, left to right and right to left, answered with its follow-up and
// "Why am I asked?" open; nor on the thank-you.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lowestTextContrast,
  openPrompt,
  runAxe,
  type Scenario,
  startScenario,
} from '../prompt-support/harness';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario('prompt-fixture');
});
afterAll(async () => {
  await s?.close();
});

/** An answer for each type that also opens its follow-up where it has one. */
const ANSWER: Record<string, (page: Page) => Promise<void>> = {
  nps: (p) => p.locator('waypoint-prompt input[value="3"]').check(),
  rating: (p) => p.locator('waypoint-prompt input[value="4"]').check(),
  effort: (p) => p.locator('waypoint-prompt input[value="2"]').check(),
  emoji: (p) => p.locator('waypoint-prompt input[value="2"]').check(),
  yesno: (p) => p.locator('waypoint-prompt input[value="yes"]').check(),
  choice: (p) => p.locator('waypoint-prompt input[value="partly"]').check(),
  multiple: (p) => p.locator('waypoint-prompt input[value="team"]').check(),
  text: (p) => p.locator('waypoint-prompt textarea').fill('Quick and friendly.'),
};

const CASES = Object.keys(ANSWER).flatMap((type) =>
  ['light', 'dark'].flatMap((theme) => ['en', 'ar'].map((lang) => ({ type, theme, lang }))),
);

describe('the prompt under axe-core', () => {
  // Answered with the follow-up and "Why am I asked?" open, the card shows everything it shows
  // unanswered, plus a chosen option's colours, the follow-up field and the panel.
  it.each(CASES)('$type, $theme, $lang: no violations', async ({ type, theme, lang }) => {
    const { page, problems } = await openPrompt(s, `/?type=${type}&theme=${theme}&lang=${lang}`);
    await ANSWER[type]?.(page);
    await page.locator('waypoint-prompt .wp-link[aria-expanded]').click();
    const result = await runAxe(page);
    expect(result.violations).toEqual([]);
    // Contrast and target size were really measured, not skipped as undecidable. axe passes
    // over Arabic text (see lowestTextContrast), so that oracle checks every direction too.
    expect(result.passed).toContain('target-size');
    if (lang === 'en') expect(result.passed).toContain('color-contrast');
    expect(result.undecided.filter((u) => !u.endsWith('shortTextContent'))).toEqual([]);
    expect((await lowestTextContrast(page)).ratio).toBeGreaterThanOrEqual(4.5);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'].flatMap((theme) => ['en', 'ar'].map((lang) => ({ theme, lang }))))(
    'the thank-you, $theme, $lang: no violations',
    async ({ theme, lang }) => {
      const { page } = await openPrompt(s, `/?type=rating&theme=${theme}&lang=${lang}`);
      await ANSWER.rating?.(page);
      await page.locator('waypoint-prompt button[type="submit"]').click();
      await page.locator('waypoint-prompt .wp-thanks').waitFor();
      expect((await runAxe(page)).violations).toEqual([]);
      expect((await lowestTextContrast(page)).ratio).toBeGreaterThanOrEqual(4.5);
      await page.close();
    },
  );

  it.each(['light', 'dark'])('fits a pale brand accent to the %s theme', async (theme) => {
    const { page } = await openPrompt(s, `/?type=yesno&theme=${theme}&accent=%23fde047`);
    await page.locator('waypoint-prompt input[value="no"]').check();
    expect((await runAxe(page)).violations).toEqual([]);
    expect((await lowestTextContrast(page)).ratio).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('follows the system colour scheme with theme "auto"', async () => {
    const { page } = await openPrompt(s, '/?type=nps&theme=auto', { colorScheme: 'dark' });
    const bg = await page
      .locator('waypoint-prompt .wp-card')
      .evaluate((card) => getComputedStyle(card).backgroundColor);
    expect(bg).toBe('rgb(31, 36, 48)');
    expect((await runAxe(page)).violations).toEqual([]);
    await page.close();
  });

  it('animates in only when motion is welcome', async () => {
    const name = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await openPrompt(s, '/?type=rating', { reducedMotion });
      const animation = await page
        .locator('waypoint-prompt .wp-card')
        .evaluate((card) => getComputedStyle(card).animationName);
      await page.close();
      return animation;
    };
    expect(await name('no-preference')).toBe('wp-in');
    expect(await name('reduce')).toBe('none');
  });
});
