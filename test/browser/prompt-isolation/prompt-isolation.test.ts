// The card is isolated from its host page: a strict CSP sees no violation, aggressive global
// CSS cannot hide, shrink or restyle it, a transform on body cannot move it, and it sits above
// the page's overlays at the configured z-index.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPrompt, type Scenario, screenshot, startScenario } from '../prompt-support/harness';

/** Polls wait on IndexedDB, the flusher, HTTP or scrolling: give a busy CI machine time. */
const PATIENCE = { timeout: 10_000 };

let s: Scenario;
beforeAll(async () => {
  s = await startScenario('prompt-isolation');
});
afterAll(async () => {
  await s?.close();
});

/** How the card looks, as numbers and computed styles a reader would notice changing. */
function looks(page: Page) {
  return page.locator('waypoint-prompt').evaluate((host) => {
    const root = host.shadowRoot as ShadowRoot;
    const rect = (e: Element | null) => {
      const r = (e as Element).getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    };
    const title = getComputedStyle(root.querySelector('.wp-title') as Element);
    const face = getComputedStyle(root.querySelector('.wp-option__face') as Element);
    const host$ = getComputedStyle(host);
    const card = root.querySelector('.wp-card') as Element;
    const r = card.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {
      parent: host.parentElement?.tagName,
      hit: hit === host,
      card: rect(card),
      radio: rect(root.querySelector('.wp-option')),
      send: rect(root.querySelector('.wp-button--primary')),
      host: [host$.display, host$.visibility, host$.opacity, host$.zIndex, host$.transform],
      title: [
        title.fontSize,
        title.lineHeight,
        title.fontWeight,
        title.letterSpacing,
        title.textTransform,
        title.color,
        title.direction,
        title.textAlign,
      ],
      face: [face.fontSize, face.color, face.backgroundColor, face.fontFamily],
    };
  });
}

describe('the prompt in a hostile page', () => {
  it('raises no CSP violation under a strict policy, from showing to sent', async () => {
    const page = await s.context.newPage();
    const response = await page.goto(`${s.demo.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    await page.close();

    const opened = await openPrompt(s, '/');
    const card = opened.page.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '3' }).check();
    await card.getByRole('textbox').fill('<b>bold?</b>');
    await card.getByRole('button', { name: 'Why am I asked?' }).click();
    await card.getByRole('button', { name: 'Send' }).click();
    await card
      .locator('.wp-status')
      .getByText('Thank you — sent.', { exact: true })
      .waitFor({ timeout: 10_000 });
    expect(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('keeps a readable card of the same size under aggressive global CSS', async () => {
    const clean = await openPrompt(s, '/');
    const hostile = await openPrompt(s, '/aggressive');
    const [a, b] = [await looks(clean.page), await looks(hostile.page)];
    expect(b).toEqual(a);
    expect(a.hit).toBe(true);
    expect(a.title[0]).toBe('16px');
    await screenshot(clean.page, 'isolation-clean');
    await screenshot(hostile.page, 'isolation-aggressive');
    // Still works: a click lands on the card and the answer gets through.
    await hostile.page.locator('waypoint-prompt').getByRole('radio', { name: '9' }).check();
    await hostile.page.locator('waypoint-prompt').getByRole('button', { name: 'Send' }).click();
    await hostile.page.locator('waypoint-prompt .wp-thanks').waitFor();
    expect([...clean.problems, ...hostile.problems]).toEqual([]);
    await clean.page.close();
    await hostile.page.close();
  });

  it('stays in the viewport corner when body has a transform', async () => {
    const { page } = await openPrompt(s, '/transform');
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => scrollY), PATIENCE).toBeGreaterThan(1000);
    const m = await looks(page);
    expect(m.parent).toBe('HTML');
    const [x, y, w, h] = m.card as [number, number, number, number];
    expect(x + w).toBe(1280 - 16);
    expect(y + h).toBe(800 - 16);
    expect(m.hit).toBe(true);
    await screenshot(page, 'isolation-body-transform');
    await page.close();

    const plain = await openPrompt(s, '/');
    expect((await looks(plain.page)).parent).toBe('BODY');
    await plain.page.close();
  });

  it('sits above the page’s overlay, or below it with a lower configured z-index', async () => {
    const above = await openPrompt(s, '/overlay');
    const high = await looks(above.page);
    expect(high.hit).toBe(true);
    expect(high.host[3]).toBe('2147483000');
    await screenshot(above.page, 'isolation-overlay');
    await above.page.close();

    const below = await openPrompt(s, '/overlay-low');
    const low = await looks(below.page);
    expect(low.host[3]).toBe('10');
    expect(low.hit).toBe(false);
    await below.page.close();
  });
});
