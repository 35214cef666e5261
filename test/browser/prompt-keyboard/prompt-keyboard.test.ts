// Keyboard only, from the host page: the card appears without taking focus, Tab reaches it,
// arrows and Space answer, Send delivers to the collector; Escape dismisses and focus goes
// back to where it came from. Right to left, the arrows follow the mirrored scale.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type Scenario, startScenario } from '../prompt-support/harness';

/** Polls wait on IndexedDB, the flusher, HTTP or scrolling: give a busy CI machine time. */
const PATIENCE = { timeout: 10_000 };

let s: Scenario;
beforeAll(async () => {
  s = await startScenario('prompt-keyboard');
});
afterAll(async () => {
  await s?.close();
});

/** What has focus: a page element's id or text, or inside the card, the control's name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
    if (inner) return `card:${inner.value || inner.textContent}`;
    return active?.id || active?.tagName.toLowerCase() || '';
  });
}

const checked = (page: Page) =>
  page
    .locator('waypoint-prompt input:checked')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/** Opens the page and asks the question with the keyboard: Tab to the page's button, Enter. */
async function askByKeyboard(path: string) {
  const opened = await openPage(s, path, { reducedMotion: 'no-preference' });
  const { page } = opened;
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('ask');
  await page.keyboard.press('Enter');
  await page.locator('waypoint-prompt .wp-card').waitFor();
  // Shown, announced, but never focused on its own (DESIGN §3).
  expect(await focused(page)).toBe('ask');
  return opened;
}

describe('the prompt by keyboard', () => {
  it('is answered with Tab, Space, arrows and Enter, and the answer reaches the collector', async () => {
    const { page, problems } = await askByKeyboard('/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:0');
    const ring = await page
      .locator('waypoint-prompt .wp-option__input:focus-visible + .wp-option__face')
      .evaluate((face) => getComputedStyle(face).outlineStyle);
    expect(ring).toBe('solid');

    await page.keyboard.press('Space');
    expect(await checked(page)).toEqual(['0']);
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await checked(page)).toEqual(['8']);
    expect(await focused(page)).toBe('card:8');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:Send');
    await page.keyboard.press('Enter');
    await page
      .locator('waypoint-prompt .wp-status')
      .getByText('Thank you — sent.', { exact: true })
      .waitFor({ timeout: 10_000 });
    // The Send button is gone: focus moved to Close rather than falling to the page.
    expect(await focused(page)).toBe('card:Close');

    const answers = s.demo.store.list({ type: 'waypoint.answer' });
    expect(answers.at(0)).toMatchObject({
      subject: 'advocate-nps',
      data: { answer: { value: 8 }, context: { page: '/', locale: 'en' } },
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('waypoint-prompt').count(), PATIENCE).toBe(0);
    expect(await focused(page)).toBe('ask');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('types the follow-up and ticks several boxes with the keyboard', async () => {
    const { page } = await askByKeyboard('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // 1: in the follow-up's range (0–6)
    await page.keyboard.press('Tab');
    await page.keyboard.type('Too slow');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('waypoint-prompt .wp-thanks').waitFor();
    await expect
      .poll(() => s.demo.store.list({ type: 'waypoint.answer' }).at(0)?.data.answer, PATIENCE)
      .toEqual({ value: 1, followUp: 'Too slow', score: 10 }); // NPS 1 scores 10
    await page.close();

    const multi = await askByKeyboard('/?q=dynamic-what');
    await multi.page.keyboard.press('Tab');
    await multi.page.keyboard.press('Space'); // My budget
    await multi.page.keyboard.press('Tab');
    await multi.page.keyboard.press('Tab');
    await multi.page.keyboard.press('Space'); // My goals
    expect(await checked(multi.page)).toEqual(['budget', 'goals']);
    await multi.page.close();
  });

  it('dismisses on Escape, records why, and gives focus back', async () => {
    const { page } = await askByKeyboard('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('waypoint-prompt').count(), PATIENCE).toBe(0);
    expect(await focused(page)).toBe('ask');
    await expect
      .poll(
        () => s.demo.store.list({ type: 'waypoint.prompt.dismissed' }).at(0)?.data.context,
        PATIENCE,
      )
      .toMatchObject({ reason: 'escape' });
    await page.close();
  });

  it('moves along the mirrored scale right to left: ArrowLeft goes up', async () => {
    const { page } = await askByKeyboard('/rtl');
    expect(await page.locator('waypoint-prompt .wp-card').getAttribute('dir')).toBe('rtl');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await checked(page)).toEqual(['2']);
    await page.keyboard.press('ArrowRight');
    expect(await checked(page)).toEqual(['1']);
    await page.close();
  });
});
