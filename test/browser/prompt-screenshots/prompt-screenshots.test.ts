// Every question type at 320 and 1280 px, light and dark, left to right and right to left: the
// card fits, targets are large enough (WCAG 2.2 SC 2.5.8; the NPS tiles 24 px wide), scales
// mirror in Arabic, and a screenshot of each is saved to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPrompt, type Scenario, screenshot, startScenario } from '../prompt-support/harness';

const TYPES = ['nps', 'rating', 'effort', 'emoji', 'yesno', 'choice', 'multiple', 'text'];

let s: Scenario;
beforeAll(async () => {
  s = await startScenario('prompt-fixture');
});
afterAll(async () => {
  await s?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of the card's targets and its own box, measured in the page. */
async function measure(page: Page) {
  return page.locator('waypoint-prompt').evaluate((host) => {
    const root = host.shadowRoot as ShadowRoot;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const card = root.querySelector('.wp-card') as HTMLElement;
    return {
      card: box(card),
      overflowX: card.scrollWidth - card.clientWidth,
      options: [...root.querySelectorAll('.wp-option')].map(box),
      // Controls inside the closed "Why am I asked?" panel have no box: only shown ones count.
      buttons: [...root.querySelectorAll('button, a')].map(box).filter((b) => b.width > 0),
      labels: [...root.querySelectorAll('.wp-scale__label')].map(box),
      // Faces whose content (a number, a face, a choice's words) is cut off by the tile.
      clipped: [...root.querySelectorAll('.wp-option__face')]
        .filter((f) => f.scrollWidth > f.clientWidth || f.scrollHeight > f.clientHeight)
        .map((f) => f.textContent),
    };
  });
}

/** The boxes grouped by row, top to bottom, each row in document order. */
const byRow = (boxes: Box[]) => {
  const tops = [...new Set(boxes.map((b) => Math.round(b.y)))].sort((a, b) => a - b);
  return tops.map((t) => boxes.filter((b) => Math.round(b.y) === t));
};
const rows = (boxes: Box[]) => byRow(boxes).map((row) => row.length);

/**
 * The NPS layout each width must get (options.css): one row wherever eleven 24 px tiles fit in
 * the card (304 px of it: the 380 px card on a desktop, a 360 px phone's full-width sheet), and
 * 6 + 5 rows of 44 px tiles on a 320 px phone, whose sheet leaves 282 px.
 */
const NPS_ROWS: Record<number, number[]> = { 320: [6, 5], 360: [11], 1280: [11] };
/** The least width of a target: WCAG 2.2's 24 px for NPS tiles on one row, DESIGN's 44 px else. */
const leastWidth = (type: string, width: number) =>
  type === 'nps' && NPS_ROWS[width]?.length === 1 ? 24 : 44;

describe.each([
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
])('at $width px', ({ width, height }) => {
  it.each(TYPES)('%s fits, with large targets, in light and in dark Arabic', async (type) => {
    for (const variant of [
      { theme: 'light', lang: 'en' },
      { theme: 'dark', lang: 'ar' },
    ]) {
      const { page, problems } = await openPrompt(
        s,
        `/?type=${type}&theme=${variant.theme}&lang=${variant.lang}`,
        { width, height },
      );
      const m = await measure(page);
      expect(m.card.x).toBeGreaterThanOrEqual(0);
      expect(m.card.x + m.card.width).toBeLessThanOrEqual(width);
      expect(m.overflowX).toBe(0);
      if (type === 'nps') expect(rows(m.options), 'NPS rows').toEqual(NPS_ROWS[width]);
      for (const b of m.options) {
        expect(b.width, `${type} option width`).toBeGreaterThanOrEqual(leastWidth(type, width));
        expect(b.height, `${type} option height`).toBeGreaterThanOrEqual(44);
      }
      for (const b of m.buttons) {
        expect(b.width, `${type} button width`).toBeGreaterThanOrEqual(44);
        expect(b.height, `${type} button height`).toBeGreaterThanOrEqual(44);
      }
      // Side by side, no two options overlap (so each target's whole box is its own).
      for (const row of byRow(m.options)) {
        const xs = row.map((b) => [b.x, b.x + b.width] as const).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < xs.length; i++) {
          expect(xs[i]?.[0], `${type} options overlap`).toBeGreaterThanOrEqual(xs[i - 1]?.[1] ?? 0);
        }
      }
      expect(m.clipped, `${type} options cut off`).toEqual([]);
      await screenshot(page, `${type}-${width}-${variant.theme}-${variant.lang}`);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('lays the NPS out in one row, or 0–5 over 6–10 on a phone, mirrored in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await openPrompt(s, `/?type=nps&lang=${lang}`, { width, height });
      const m = await measure(page);
      expectNpsLayout(m.options, m.labels, NPS_ROWS[width] ?? [], lang);
      await page.close();
    }
  });

  it('lays the effort scale out in one row, or 4 + 3 on a phone', async () => {
    const { page } = await openPrompt(s, '/?type=effort', { width, height });
    expect(rows((await measure(page)).options)).toEqual(width < 400 ? [4, 3] : [7]);
    await page.close();
  });
});

/**
 * The NPS tiles are in `expected` rows, 0 first; each row reads 0 → 10 from the start side (left,
 * or right in Arabic), its tiles of one width; the end labels sit on their ends.
 */
function expectNpsLayout(options: Box[], labels: Box[], expected: number[], lang: string) {
  expect(options).toHaveLength(11);
  const rowed = byRow(options);
  expect(rowed.map((row) => row.length)).toEqual(expected);
  // Document order is 0…10: rows in order means the first row holds 0…5 (or 0…10).
  expect(rowed.flat()).toEqual(options);
  const forward = lang !== 'ar';
  for (const row of rowed) {
    for (let i = 1; i < row.length; i++) {
      const [before, after] = [row[i - 1] as Box, row[i] as Box];
      if (forward) expect(before.x + before.width).toBeLessThanOrEqual(after.x);
      else expect(after.x + after.width).toBeLessThanOrEqual(before.x);
      expect(after.width).toBeCloseTo(before.width, 0);
    }
  }
  const [min, max] = labels as [Box, Box];
  if (forward) expect(min.x).toBeLessThan(max.x);
  else expect(min.x).toBeGreaterThan(max.x);
}

describe('NPS on a 360 px phone', () => {
  it('is one row: eleven 24 px tiles fit its full-width sheet', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await openPrompt(s, `/?type=nps&lang=${lang}`, { width: 360, height: 740 });
      const m = await measure(page);
      expectNpsLayout(m.options, m.labels, NPS_ROWS[360] ?? [], lang);
      for (const b of m.options) {
        expect(b.width).toBeGreaterThanOrEqual(24);
        expect(b.height).toBeGreaterThanOrEqual(44);
      }
      expect(m.clipped).toEqual([]);
      await screenshot(page, `nps-360-light-${lang}`);
      await page.close();
    }
  });
});

describe('positions', () => {
  it.each([
    ['bottom-right', (b: Box) => [b.x + b.width, b.y + b.height], [1264, 784]],
    ['bottom-left', (b: Box) => [b.x, b.y + b.height], [16, 784]],
    ['top-right', (b: Box) => [b.x + b.width, b.y], [1264, 16]],
    ['top-left', (b: Box) => [b.x, b.y], [16, 16]],
    ['bottom-center', (b: Box) => [b.x + b.width / 2, b.y + b.height], [640, 784]],
  ] as const)('%s puts the card 16 px from its corner', async (position, corner, expected) => {
    const { page } = await openPrompt(s, `/?type=rating&position=${position}`);
    expect(corner((await measure(page)).card).map(Math.round)).toEqual(expected);
    await page.close();
  });

  it('is a sheet across the bottom, or the top, of a phone', async () => {
    for (const [position, y] of [
      ['bottom-left', 'bottom'],
      ['top-right', 'top'],
    ] as const) {
      const { page } = await openPrompt(s, `/?type=rating&position=${position}`, {
        width: 320,
        height: 640,
      });
      const { card } = await measure(page);
      expect([card.x, card.width]).toEqual([6, 308]);
      expect(y === 'top' ? card.y : card.y + card.height).toBe(y === 'top' ? 6 : 634);
      await page.close();
    }
  });
});

describe('answered', () => {
  it('shows the selected score, the follow-up and "Why am I asked?" within the screen', async () => {
    for (const [width, height] of [
      [320, 640],
      [1280, 800],
    ] as const) {
      for (const theme of ['light', 'dark']) {
        const { page } = await openPrompt(s, `/?type=nps&theme=${theme}`, { width, height });
        const card = page.locator('waypoint-prompt');
        await card.getByRole('radio', { name: '6' }).check();
        await card.getByRole('textbox').fill('Delivery took a week.');
        await card.getByRole('button', { name: 'Why am I asked?' }).click();
        const m = await measure(page);
        expect(m.card.y).toBeGreaterThanOrEqual(0);
        expect(m.card.y + m.card.height).toBeLessThanOrEqual(height);
        await screenshot(page, `nps-answered-${width}-${theme}`);
        await card.getByRole('button', { name: 'Send' }).click();
        await card.locator('.wp-thanks').waitFor();
        await screenshot(page, `nps-thanks-${width}-${theme}`);
        await page.close();
      }
    }
  });
});

describe('theming', () => {
  it('follows the custom properties a page sets on the host', async () => {
    const { page } = await openPrompt(s, '/?type=nps&brand=1');
    const card = page.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '9' }).check();
    const styles = await card.evaluate((host) => {
      const root = host.shadowRoot as ShadowRoot;
      const css = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
      return {
        radius: css('.wp-card').borderTopLeftRadius,
        font: css('.wp-title').fontFamily,
        chosen: css('.wp-option__input:checked + .wp-option__face').backgroundColor,
        send: css('.wp-button--primary').backgroundColor,
      };
    });
    expect(styles).toEqual({
      radius: '2px',
      font: 'Georgia, "DejaVu Serif", serif',
      chosen: 'rgb(157, 23, 77)',
      send: 'rgb(157, 23, 77)',
    });
    const { card: box } = await measure(page);
    expect([box.width, box.x + box.width, box.y + box.height]).toEqual([420, 1280 - 24, 800 - 24]);
    await screenshot(page, 'nps-1280-brand');
    await page.close();
  });
});

describe('the README picture', () => {
  it('is the NPS card with a score chosen, on a 1280 px page', async () => {
    const { page } = await openPrompt(s, '/?type=nps', { width: 1280, height: 560 });
    await page.locator('waypoint-prompt').getByRole('radio', { name: '9' }).check();
    expect((await measure(page)).card.width).toBe(380);
    await screenshot(page, 'readme-prompt');
    await page.close();
  });
});
