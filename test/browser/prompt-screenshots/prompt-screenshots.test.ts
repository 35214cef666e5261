// Every question type at a 320 px phone and a 1280 px desktop, in light and dark, left to right
// and right to left: the card fits, every target is at least 44 × 44 px, the NPS scale is two
// rows of 6 + 5, scales mirror in Arabic, and a screenshot of each is saved to look at.
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
    };
  });
}

const rows = (boxes: Box[]) => {
  const tops = [...new Set(boxes.map((b) => Math.round(b.y)))].sort((a, b) => a - b);
  return tops.map((t) => boxes.filter((b) => Math.round(b.y) === t).length);
};

describe.each([
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
])('at $width px', ({ width, height }) => {
  it.each(TYPES)('%s fits, with 44 px targets, in light and in dark Arabic', async (type) => {
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
      for (const b of [...m.options, ...m.buttons]) {
        expect(b.width, `${type} target width`).toBeGreaterThanOrEqual(44);
        expect(b.height, `${type} target height`).toBeGreaterThanOrEqual(44);
      }
      await screenshot(page, `${type}-${width}-${variant.theme}-${variant.lang}`);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('lays the NPS out as 0–5 over 6–10, mirrored in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await openPrompt(s, `/?type=nps&lang=${lang}`, { width, height });
      const m = await measure(page);
      expect(rows(m.options)).toEqual([6, 5]);
      const [zero, one] = m.options as [Box, Box];
      const [min, max] = m.labels as [Box, Box];
      if (lang === 'en') {
        expect(zero.x).toBeLessThan(one.x);
        expect(min.x).toBeLessThan(max.x);
      } else {
        expect(zero.x).toBeGreaterThan(one.x);
        expect(min.x).toBeGreaterThan(max.x);
      }
      await page.close();
    }
  });

  it('lays the effort scale out in one row, or 4 + 3 on a phone', async () => {
    const { page } = await openPrompt(s, '/?type=effort', { width, height });
    expect(rows((await measure(page)).options)).toEqual(width < 400 ? [4, 3] : [7]);
    await page.close();
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
