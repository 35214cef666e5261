// The demo shop as a site owner ships it (demo/site and its waypoint.json), in real Chromium
// under its strict CSP: its survey, inline card and launcher work, and screenshots at 320 and
// 1280 px, light and dark, land in test-results/screenshots (demo-*.png) to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../chromium';
import { openPage, type Scenario, screenshot } from '../prompt-support/harness';
import { serveScenario } from '../serve';

let served: Awaited<ReturnType<typeof serveScenario>>;
beforeAll(async () => {
  served = await serveScenario(undefined, { rateLimit: false });
});
afterAll(async () => {
  await served?.dispose();
});

/** A fresh browser profile on the demo shop: nothing asked yet, no caps used. */
async function freshShop(): Promise<Scenario> {
  const browser = await launch();
  return { demo: served.demo, context: browser.context, close: browser.close };
}

const events = (subject: string) =>
  served.demo.store.list({}).filter((e) => e.subject === subject && e.type === 'waypoint.answer');

describe('the checkout survey', () => {
  it('comes up once the order is placed, and asks a hard checkout what got in the way', async () => {
    const shop = await freshShop();
    try {
      const { page, problems } = await openPage(shop, '/checkout');
      await page.getByRole('link', { name: 'Place order' }).click();
      await page.waitForURL('**/checkout/confirmed');
      const card = page.locator('waypoint-prompt');
      const step = async (progress: string, title: string) => {
        await card.locator('.wp-progress', { hasText: progress }).waitFor();
        expect(await card.locator('.wp-title').innerText()).toBe(title);
      };
      await step('1 of 3', 'How easy or difficult was it to get what you needed today?');
      await card.getByRole('radio', { name: '2' }).check();
      await card.getByRole('textbox').fill('The address form lost my postcode.');
      await card.getByRole('button', { name: 'Send' }).click();
      await step('2 of 3', 'Did any of our rules or processes get in your way?');
      await card.getByRole('radio', { name: 'No' }).check();
      await card.getByRole('button', { name: 'Send' }).click();
      await step('3 of 3', 'How likely are you to recommend us to a friend or family member?');
      await card.getByRole('radio', { name: '9' }).check();
      await card.getByRole('button', { name: 'Send' }).click();
      await card.locator('.wp-thanks').waitFor();
      await expect.poll(() => events('advocate-nps').length, { timeout: 10_000 }).toBe(1);

      const answers = ['preventive-effort', 'operational-obstacles', 'advocate-nps'].map(
        (id) => events(id)[0],
      );
      expect(answers.map((a) => a?.data.response)).toMatchObject([
        { survey: 'checkout-survey', step: 1, steps: 3, complete: false },
        { survey: 'checkout-survey', step: 2, steps: 3, complete: false },
        { survey: 'checkout-survey', step: 3, steps: 3, complete: true },
      ]);
      for (const answer of answers) {
        expect(answer?.stage).toBe('decide');
        expect(answer?.data.context).toMatchObject({
          page: '/checkout/confirmed',
          trigger: 'event:order_placed',
        });
      }
      expect(problems).toEqual([]);
    } finally {
      await shop.close();
    }
  });
});

describe('the help page and the launcher', () => {
  let shop: Scenario;
  // Inline cards and the launcher count against no cap: one profile serves every case.
  beforeAll(async () => {
    shop = await freshShop();
  });
  afterAll(async () => {
    await shop?.close();
  });

  it.each([
    { width: 320, height: 640, scheme: 'light' },
    { width: 320, height: 640, scheme: 'dark' },
    { width: 1280, height: 800, scheme: 'light' },
    { width: 1280, height: 800, scheme: 'dark' },
  ] as const)(
    'at $width px, $scheme: the inline card in the page, the launcher opening the shop survey',
    async ({ width, height, scheme }) => {
      const { page, problems } = await openPage(shop, '/help', {
        width,
        height,
        colorScheme: scheme,
      });
      // help.js renders duration-need into #help-feedback: in the page's flow, not fixed.
      const inline = page.locator('#help-feedback > waypoint-prompt[data-inline]');
      await inline.locator('.wp-card').waitFor();
      expect(await inline.locator('.wp-title').innerText()).toBe(
        'Is the need that brought you here taken care of?',
      );
      expect(await inline.evaluate((host) => getComputedStyle(host).position)).toBe('static');
      await inline.scrollIntoViewIfNeeded();
      const box = await inline.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);

      const tab = page.locator('waypoint-launcher').getByRole('button', { name: 'Feedback' });
      const tabBox = await tab.boundingBox();
      expect(tabBox?.width).toBeGreaterThanOrEqual(44);
      expect(tabBox?.height).toBeGreaterThanOrEqual(44);
      expect((tabBox?.x ?? 0) + (tabBox?.width ?? 0)).toBe(width);
      await screenshot(page, `demo-help-inline-${width}-${scheme}`);

      await tab.click();
      const card = page.locator('waypoint-prompt:not([data-inline])');
      await card.locator('.wp-card').waitFor();
      expect(await card.locator('.wp-progress').innerText()).toBe('1 of 2');
      expect(await card.locator('.wp-title').innerText()).toBe('What did you come to do today?');
      const options = await card
        .getByRole('radio')
        .evaluateAll((all) => all.map((input) => (input as HTMLInputElement).value));
      // Shuffled per visitor, with "None of these" fixed in its last place.
      expect([...options].sort()).toEqual(['discover', 'gift', 'none', 'restock', 'subscription']);
      expect(options.at(-1)).toBe('none');
      // The pointer rests where the tab was: move it off, so no option shows its hover border.
      await page.mouse.move(0, 0);
      await screenshot(page, `demo-launcher-${width}-${scheme}`);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('sends an inline answer as the customer’s own, at the page’s stage', async () => {
    const { page } = await openPage(shop, '/help');
    const inline = page.locator('#help-feedback > waypoint-prompt');
    await inline.getByRole('radio', { name: 'Partly' }).check();
    await inline.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => events('duration-need').length, { timeout: 10_000 }).toBe(1);
    expect(events('duration-need')[0]).toMatchObject({
      stage: 'support',
      data: { answer: { value: 'partly' }, context: { page: '/help', trigger: 'inline' } },
    });
    await page.close();
  });
});
